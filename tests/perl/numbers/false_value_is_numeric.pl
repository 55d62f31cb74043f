# perl's false value (from a comparison) is "" and 0 at once: using it as a number gives 0
# without an "isn't numeric" warning, wherever it was stored.
use strict;
use warnings;
local $SIG{__WARN__} = sub { print "warn: $_[0]" };

my $x = 1;
my $z = 5;
$x = ($z < 0);
print "x+1 = ", $x + 1, "\n";
my $car = 1;
my $i = 3;
$car = (($i -= 7 + $car) < 0);
print "car=$car i=$i\n";
$car = (($i += 100) < 0);
print "sum: ", 1 + $car, " [", $car, "]\n";
my @flags = map { $_ > 2 } 1 .. 4;
my $total = 0;
$total += $_ for @flags;
print "total=$total\n";
my $s = "abc";
print "string: ", $s + 0, "\n";    # a real string still warns
