# Shapes the executor takes fast paths for (element access, conditions, `**`,
# `my (...) = (...)`, `.=`): their edge cases must behave as the general path does.
use strict;
use warnings;
$SIG{__WARN__} = sub { print "warn: $_[0]" };

my @a = (10, 20, 30);
my $r = [1, 2, 3];
our @g = (7, 8, 9);
my $i = 1;
print "$a[0] $a[-1] $a[$i] $a[-3] ", defined $a[-4] ? "def" : "undef", " ", defined $a[5] ? "def" : "undef", "\n";
print "$r->[0] $r->[-1] $r->[$i] $g[1] $g[-1]\n";
print scalar(@a), "\n";
$a[1] = 21; $a[-1] = 31; $a[5] = 50; $r->[$i] = 22; $g[-2] = 88;
print join(",", map { defined($_) ? $_ : "u" } @a), " | @$r | @g\n";
print exists($a[4]) ? "e" : "ne", " ", exists($a[5]) ? "e" : "ne", "\n";
eval { $a[-10] = 1 }; print "err: $@";
my $u;
$u->[2] = 5; print scalar(@$u), " ", defined $u->[0] ? 1 : 0, "\n";
my $v; my $x = $v->[0]; print ref($v), "\n";
my $s = "1"; print $a[$s], " ", $a["2abc" + 0], "\n";
my $f = 1.7; print $a[$f], " ", $a[-1.2], "\n";
for my $e (@a[0, 1]) { $e .= "!" } print "$a[0] $a[1]\n";
for (1, 2) { eval { my @c = (1); for my $z ($_) { $z = 3 } }; print "ro: ", $@ ? "died\n" : "ok\n" }
my @n = (1) x 5; $n[$_] = $_ * 2 for 0 .. 4; print "@n\n";
$n[2] -= 1; $n[-1] += 0.5; $r->[0] *= 10; $r->[2] **= 2; print "@n @$r\n";

print 2 ** 10, " ", 2 ** -1, " ", (-2) ** 3, " ", 1.5 ** 2, " ", 2 ** 0.5, " ", 3 ** 40, " ", 2 ** 63, " ", (-8) ** (1/3), "\n";
my ($p, $q) = (2.5, 3); print $p ** $q, " ", $q ** $p, " ", $q ** 2, "\n";
{ use integer; print 7 ** 2, " ", 2 ** 3, "\n"; }

my ($c1, $c2, $c3) = (1, "two", $a[0]); print "$c1 $c2 $c3\n";
my ($d1, $d2) = ($c2, $c1); print "$d1 $d2\n";
my @subs;
for my $k (1 .. 3) { my ($m, $n2) = ($k, $k * 2); push @subs, sub { "$m/$n2" } }
print join(" ", map { $_->() } @subs), "\n";
my ($w1, $w2) = (1, undef); print defined $w2 ? "d" : "u", "\n";

my $cnt = 0;
my @vals = (0, 1, "", "0.0", "00", undef, "a");
for my $t (@vals) {
    no warnings;
    $cnt++ if $t && $cnt < 100;
    $cnt += 10 if !$t || $t eq "a";
    $cnt += 100 unless $t;
}
print "$cnt\n";
my $j = 0; my $acc = 0;
while ($j < 10 && $acc <= 20 || $j == 3) { $acc += $j; $j++ }
print "$j $acc\n";
my $nan = "nan" + 0; print(($nan == $nan) ? "eq" : "ne", " ", ($nan != $nan) ? "ne" : "eq", "\n");
if (!($j < 5)) { print "not\n" }
print((1 < 2 && "x") . "\n");

package Truthy { use overload 'bool' => sub { print "bool called\n"; ${$_[0]} }, '""' => sub { "T" }; }
my $obj = bless \(my $o = 0), 'Truthy';
if ($obj && 1) { print "yes\n" } else { print "no\n" }
if (!$obj || 0) { print "neg\n" }
while ($obj) { last }

my $str = "";
for my $k (1 .. 5) { $str .= $k; $str .= chr(96 + $k) x 2; $str .= $k / 4 }
print "$str\n";
my $un; { no warnings; $un .= 5; } print "$un\n";
my $num = 10; $num .= 1.5; print "$num\n";
my $big = 18446744073709551615; my $bs = "x"; $bs .= $big; $bs .= -9223372036854775808; print "$bs\n";
my $utf = "\x{263a}"; my $lat = "\xe9"; $lat .= $utf; print length($lat), "\n";
my $undef_warn; my $cat = "a"; $cat .= $undef_warn; print "$cat\n";

package Doubler { sub TIESCALAR { my $v = $_[1]; bless \$v } sub FETCH { ${$_[0]} * 2 } sub STORE { ${$_[0]} = $_[1] } }
package main;
tie my $tv, 'Doubler', 5;
print $tv + 1, " $tv! ", $tv * $tv, " ", ($tv > 9 ? "big" : "small"), " $a[$tv - 9]\n";
my $ts = "s"; $ts .= $tv; $ts .= $tv x 2; print "$ts\n";
