# Caravan's own Math::Trig: trigonometric functions and angle conversions on real numbers
# (the original falls back to Math::Complex outside the real domain; this one does not).
package Math::Trig;
use strict;
use warnings;
no warnings 'once';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.62';

use constant pi => 4 * CORE::atan2(1, 1);
use constant pi2 => 2 * pi;
use constant pi4 => 4 * pi;
use constant pip2 => pi / 2;
use constant pip4 => pi / 4;

my @angle = qw(rad2deg rad2grad deg2rad deg2grad grad2rad grad2deg);
my @trig = qw(pi acos_real asin_real tan sec csc cosec cot cotan asin acos atan asec acsc acosec
    acot acotan sinh cosh tanh sech csch cosech coth cotanh asinh acosh atanh asech acsch
    acosech acoth acotanh);
our @EXPORT = (@trig, @angle);
our @EXPORT_OK = qw(cartesian_to_spherical spherical_to_cartesian cartesian_to_cylindrical
    cylindrical_to_cartesian cylindrical_to_spherical spherical_to_cylindrical
    great_circle_distance great_circle_direction great_circle_bearing great_circle_waypoint
    great_circle_midpoint great_circle_destination pi pi2 pi4 pip2 pip4 Inf);
our %EXPORT_TAGS = (pi => [qw(pi pi2 pi4 pip2 pip4)], radial => [qw(cartesian_to_spherical
    spherical_to_cartesian cartesian_to_cylindrical cylindrical_to_cartesian
    cylindrical_to_spherical spherical_to_cylindrical)], great_circle => [qw(
    great_circle_distance great_circle_direction great_circle_bearing great_circle_waypoint
    great_circle_midpoint great_circle_destination)]);

sub _die { my $msg = shift; require Carp; Carp::croak($msg) }

# Remainder keeping the sign of the dividend (what the original's wrap-around uses).
sub _remt { $_[0] - $_[1] * int($_[0] / $_[1]) }

sub rad2rad   { _remt($_[0], pi2) }
sub deg2deg   { _remt($_[0], 360) }
sub grad2grad { _remt($_[0], 400) }
sub rad2deg   { my $r = $_[0] * (180 / pi); $_[1] ? $r : deg2deg($r) }
sub deg2rad   { my $r = $_[0] * (pi / 180); $_[1] ? $r : rad2rad($r) }
sub grad2deg  { my $r = $_[0] * (360 / 400); $_[1] ? $r : deg2deg($r) }
sub deg2grad  { my $r = $_[0] * (400 / 360); $_[1] ? $r : grad2grad($r) }
sub rad2grad  { my $r = $_[0] * (200 / pi); $_[1] ? $r : grad2grad($r) }
sub grad2rad  { my $r = $_[0] * (pi / 200); $_[1] ? $r : rad2rad($r) }

sub tan {
    my $c = CORE::cos($_[0]);
    _die("tan($_[0]): Division by zero.\n(Because in the definition of tan($_[0]), the divisor cos($_[0]) is 0)\n") if $c == 0;
    return CORE::sin($_[0]) / $c;
}
sub sec { my $c = CORE::cos($_[0]); _die("sec($_[0]): Division by zero.\n") if $c == 0; 1 / $c }
sub csc { my $s = CORE::sin($_[0]); _die("csc($_[0]): Division by zero.\n") if $s == 0; 1 / $s }
sub cot { my $s = CORE::sin($_[0]); _die("cot($_[0]): Division by zero.\n") if $s == 0; CORE::cos($_[0]) / $s }
*cosec = \&csc;
*cotan = \&cot;

sub asin {
    my ($x) = @_;
    _die("asin($x): argument outside [-1, 1] (Caravan's Math::Trig has no complex results)") if abs($x) > 1;
    return CORE::atan2($x, CORE::sqrt(1 - $x * $x));
}
sub acos {
    my ($x) = @_;
    _die("acos($x): argument outside [-1, 1] (Caravan's Math::Trig has no complex results)") if abs($x) > 1;
    return CORE::atan2(CORE::sqrt(1 - $x * $x), $x);
}
sub atan  { CORE::atan2($_[0], 1) }
sub acos_real { my $x = $_[0]; $x >= 1 ? 0 : $x <= -1 ? pi : acos($x) }
sub asin_real { my $x = $_[0]; $x >= 1 ? pip2 : $x <= -1 ? -(pip2) : asin($x) }
sub Inf { 9**9**9 }
sub asec  { acos(1 / $_[0]) }
sub acsc  { asin(1 / $_[0]) }
sub acot  { $_[0] == 0 ? pip2 : CORE::atan2(1, $_[0]) }
*acosec = \&acsc;
*acotan = \&acot;

sub sinh { my $e = CORE::exp($_[0]); ($e - 1 / $e) / 2 }
sub cosh { my $e = CORE::exp($_[0]); ($e + 1 / $e) / 2 }
sub tanh {
    my ($x) = @_;
    my $e = CORE::exp(2 * $x);
    return 1 if $e == 9**9**9;
    return ($e - 1) / ($e + 1);
}
sub sech { 1 / cosh($_[0]) }
sub csch { my $s = sinh($_[0]); _die("csch($_[0]): Division by zero.\n") if $s == 0; 1 / $s }
sub coth { my $t = tanh($_[0]); _die("coth($_[0]): Division by zero.\n") if $t == 0; 1 / $t }
*cosech = \&csch;
*cotanh = \&coth;
sub asinh { my ($x) = @_; CORE::log($x + CORE::sqrt($x * $x + 1)) }
sub acosh { my ($x) = @_; CORE::log($x + CORE::sqrt($x * $x - 1)) }
sub atanh { my ($x) = @_; _die("atanh($x): Logarithm of zero.\n") if $x == 1 || $x == -1; CORE::log((1 + $x) / (1 - $x)) / 2 }
sub asech { acosh(1 / $_[0]) }
sub acsch { asinh(1 / $_[0]) }
sub acoth { atanh(1 / $_[0]) }
*acosech = \&acsch;
*acotanh = \&acoth;

sub cartesian_to_spherical {
    my ($x, $y, $z) = @_;
    my $rho = CORE::sqrt($x * $x + $y * $y + $z * $z);
    return ($rho, CORE::atan2($y, $x), $rho ? acos($z / $rho) : 0);
}
sub spherical_to_cartesian {
    my ($rho, $theta, $phi) = @_;
    return ($rho * CORE::cos($theta) * CORE::sin($phi), $rho * CORE::sin($theta) * CORE::sin($phi), $rho * CORE::cos($phi));
}
sub cartesian_to_cylindrical { my ($x, $y, $z) = @_; (CORE::sqrt($x * $x + $y * $y), CORE::atan2($y, $x), $z) }
sub cylindrical_to_cartesian { my ($rho, $theta, $z) = @_; ($rho * CORE::cos($theta), $rho * CORE::sin($theta), $z) }
sub cylindrical_to_spherical { cartesian_to_spherical(cylindrical_to_cartesian(@_)) }
sub spherical_to_cylindrical { cartesian_to_cylindrical(spherical_to_cartesian(@_)) }

sub _acos_clamped {
    my ($x) = @_;
    return 0 if $x >= 1;
    return pi if $x <= -1;
    return acos($x);
}

sub great_circle_distance {
    my ($theta0, $phi0, $theta1, $phi1, $rho) = @_;
    $rho = 1 unless defined $rho;
    my $lat0 = pip2 - $phi0;
    my $lat1 = pip2 - $phi1;
    return $rho * _acos_clamped(CORE::cos($lat0) * CORE::cos($lat1) * CORE::cos($theta0 - $theta1)
        + CORE::sin($lat0) * CORE::sin($lat1));
}

sub great_circle_direction {
    my ($theta0, $phi0, $theta1, $phi1) = @_;
    my $lat0 = pip2 - $phi0;
    my $lat1 = pip2 - $phi1;
    return rad2rad(pi2 - CORE::atan2(CORE::sin($theta0 - $theta1) * CORE::cos($lat1),
        CORE::cos($lat0) * CORE::sin($lat1) - CORE::sin($lat0) * CORE::cos($lat1) * CORE::cos($theta0 - $theta1)));
}
*great_circle_bearing = \&great_circle_direction;

# The point a fraction $point of the way along the great circle (spherical interpolation).
sub great_circle_waypoint {
    my ($theta0, $phi0, $theta1, $phi1, $point) = @_;
    $point = 0.5 unless defined $point;
    my $d = great_circle_distance($theta0, $phi0, $theta1, $phi1);
    return undef if $d == pi;
    my $sd = CORE::sin($d);
    return ($theta0, $phi0) if $sd == 0;
    my $A = CORE::sin((1 - $point) * $d) / $sd;
    my $B = CORE::sin($point * $d) / $sd;
    my $lat0 = pip2 - $phi0;
    my $lat1 = pip2 - $phi1;
    my $x = $A * CORE::cos($lat0) * CORE::cos($theta0) + $B * CORE::cos($lat1) * CORE::cos($theta1);
    my $y = $A * CORE::cos($lat0) * CORE::sin($theta0) + $B * CORE::cos($lat1) * CORE::sin($theta1);
    my $z = $A * CORE::sin($lat0) + $B * CORE::sin($lat1);
    return (CORE::atan2($y, $x), acos_real($z));
}

sub great_circle_midpoint { great_circle_waypoint(@_[0 .. 3], 0.5) }

# Where travelling $distance (radians) from ($theta0, $phi0) with initial bearing $dir0 ends:
# (theta, latitude, final bearing). As in the original, the second value is a latitude
# (pi/2 - phi), not a phi.
sub great_circle_destination {
    my ($theta0, $phi0, $dir0, $distance) = @_;
    my $lat0 = pip2 - $phi0;
    my $lat1 = asin_real(sin($lat0) * cos($distance) + cos($lat0) * sin($distance) * cos($dir0));
    my $theta1 = $theta0 + atan2(sin($dir0) * sin($distance) * cos($lat0), cos($distance) - sin($lat0) * sin($lat1));
    my $dir1 = great_circle_bearing($theta1, $lat1, $theta0, $phi0) + pi;
    $dir1 -= pi2 if $dir1 > pi2;
    return ($theta1, $lat1, $dir1);
}

1;
