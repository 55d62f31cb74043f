# Math::BigInt and Math::BigFloat from perl's own installed library (pure Perl; Caravan
# loads it from @INC): arbitrary-precision arithmetic through overloading.
use strict;
use warnings;
use Math::BigInt;
use Math::BigFloat;

my $two = Math::BigInt->new(2);
print "2**100 = ", $two ** 100, "\n";
my ($p, $q) = (Math::BigInt->new("12345678901234567890"), Math::BigInt->new("98765432109876543210"));
print "product = ", $p * $q, "\n";
print "sum = ", $p + $q, " difference = ", $p - $q, "\n";
print "quotient = ", $q / $p, " remainder = ", $q % $p, "\n";
print "30! = ", Math::BigInt->new(30)->bfac, "\n";
print "gcd = ", Math::BigInt::bgcd(12, 18, 30), " lcm = ", Math::BigInt::blcm(4, 6, 10), "\n";
print "hex = ", Math::BigInt->new("0x1f")->as_hex, " bin = ", Math::BigInt->new(255)->as_bin, "\n";
print "from hex: ", Math::BigInt->from_hex("ff" x 10), "\n";
print "sqrt = ", Math::BigInt->new("1" . "0" x 40)->bsqrt, "\n";
my $x = Math::BigInt->new(17);
print "ops: ", join(" ", $x % 5, $x / 5, -$x, $x <=> 20, $x == 17 ? "eq" : "ne", $x->is_odd ? "odd" : "even"), "\n";
print "NaN: ", Math::BigInt->new("abc"), " inf: ", Math::BigInt->binf, "\n";
print "cmp sort: ", join(" ", sort { $a <=> $b } map { Math::BigInt->new($_) } 30, 4, 1000, 15), "\n";
print "1/3 = ", Math::BigFloat->new(1)->bdiv(3, 25), "\n";
print "sqrt(2) = ", Math::BigFloat->new(2)->bsqrt(30), "\n";
print "1.5 * 3 = ", Math::BigFloat->new("1.5") * 3, "\n";
print "pi(20) = ", Math::BigFloat->bpi(20), "\n";
my $f = Math::BigFloat->new("123.456");
print "round: ", $f->copy->bfround(-1), " ", $f->copy->bround(2), " int: ", $f->as_int, "\n";
