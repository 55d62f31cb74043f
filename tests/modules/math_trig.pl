# Math::Trig: constants, conversions, trig and hyperbolic functions, great circles.
use strict;
use warnings;
use Math::Trig;
use Math::Trig qw(:pi :great_circle :radial);
$| = 1;
print join(' ', pi, pi2, pi4, pip2, pip4), "\n";
print join(' ', deg2rad(90), deg2rad(360), deg2rad(720), deg2rad(-90), deg2rad(450), deg2rad(720, 1), rad2deg(pi), rad2deg(3 * pi), rad2deg(pi, 1) * 3), "\n";
print join(' ', grad2deg(100), deg2grad(90), rad2grad(pi), grad2rad(200), Math::Trig::rad2rad(7), Math::Trig::deg2deg(-370), Math::Trig::grad2grad(450)), "\n";
print join(' ', tan(0.5), sec(1), csc(1), cot(1), asin(0.5), acos(0.5), atan(1), asec(2), acsc(2), acot(1)), "\n";
print join(' ', sinh(1), cosh(1), tanh(1), sech(1), csch(1), coth(1), asinh(1), acosh(2), atanh(0.5), asech(0.5), acsch(1), acoth(2)), "\n";
print join(' ', map { sprintf '%.10f', $_ } cartesian_to_spherical(1, 1, 1)), "\n";
print join(' ', map { sprintf '%.10f', $_ } spherical_to_cartesian(1, pi / 4, pi / 4)), "\n";
print join(' ', map { sprintf '%.10f', $_ } cartesian_to_cylindrical(3, 4, 5), cylindrical_to_cartesian(5, 0.5, 1)), "\n";
my @L = (deg2rad(-0.5), deg2rad(90 - 51.3));
my @T = (deg2rad(139.8), deg2rad(90 - 35.7));
printf "%.3f km %.6f rad\n", great_circle_distance(@L, @T, 6378), great_circle_direction(@L, @T);
print great_circle_distance(0, pip2, 0, pip2), " ", tanh(1000), "\n";
eval { tan(pip2 * 0) ; cot(0) }; print "cot(0): ", ($@ =~ /^cot\(0\): Division by zero/ ? 'error' : $@), "\n";
use Math::Trig qw(great_circle_waypoint great_circle_midpoint acos_real asin_real);
printf "waypoint: %.9f %.9f midpoint: %.9f %.9f\n", great_circle_waypoint(0, pip2, pip2, pip2, 0.25), great_circle_midpoint(deg2rad(10), deg2rad(40), deg2rad(50), deg2rad(80));
print "real: ", acos_real(2), " ", acos_real(-2), " ", asin_real(2), " ", asin_real(0.5), "\n";
for my $case ([0, 0, 0, 0.1], [1, 0.5, 1.2, 0.3], [-2, 2.5, 4, 1], [0.3, 1.57, 3.14, 2]) {
    my @d = great_circle_destination(@$case);
    printf "destination(%s): %.10f %.10f %.10f\n", join(',', @$case), @d;
}
