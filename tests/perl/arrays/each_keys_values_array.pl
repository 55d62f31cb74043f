use strict; use warnings;
my @a = qw(x y z);
while (my ($i, $v) = each @a) { print "$i=$v\n" }
print join(",", keys @a), "\n";
print join(",", values @a), "\n";
for my $i (0..$#a) { print "$i:$a[$i] " } print "\n";
