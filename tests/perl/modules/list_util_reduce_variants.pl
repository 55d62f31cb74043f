use List::Util qw(reduce first sum0 min max minstr maxstr shuffle pairs any);
my @n = (4, 8, 15, 16, 23, 42);
print reduce { $a + $b } @n; print "\n";
print reduce { $a > $b ? $a : $b } @n; print "\n";
my $concat = reduce { "$a-$b" } qw(x y z); print "$concat\n";
my $single = reduce { $a * $b } 7; print "$single\n";
my $none = reduce { $a * $b } (); print defined $none ? "def\n" : "undef\n";
print first { $_ % 2 } @n; print "\n";
print sum0(map { $_ * $_ } 1..3), " ", min(), "|", "\n";
