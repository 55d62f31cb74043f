# sprintf's integer conversions cache an integer in an integral float argument (sv_2iv):
# afterwards the scalar prints as an integer; large or fractional ones are unchanged.
my ($a, $b, $c, $d) = (1e15, 2**53, 2.5, 1e15);
print "$a $b $c $d\n";
my $s = sprintf("%d %x %s %d", $a, $b, $d, $c);
print "$s\n$a $b $c $d\n";
our $g = 3e10;
my $t = sprintf("%5.1f|%i", 1, $g);
print "$t $g\n";
for (my @v = (1e16, 4e12)) { my $x = sprintf "%u", $_ }
my @w = (1e16, 4e12);
$_ = sprintf("%o", $_) for @w;
print "@w\n";
my @z = (5e14, 6e14);
for (@z) { my $y = sprintf "%b", $_ }
print "@z\n";
