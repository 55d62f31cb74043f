my $x = 0;
$x += 0.1 for 1..10;
print "$x\n";
print $x == 1 ? "exact\n" : "inexact\n";
my $y = 1e16; $y++; print "$y\n";
my $z = 0.5; $z--; print "$z\n";
my $c = 9223372036854775807; $c++; print "$c\n";
my $d = -9223372036854775808; $d--; print "$d\n";
