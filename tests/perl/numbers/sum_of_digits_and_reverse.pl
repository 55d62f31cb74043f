sub digit_sum { my $n = shift; my $s = 0; $s += $_ for split //, $n; $s }
sub rev_num { scalar reverse shift }
print join(",", map { digit_sum($_) } 0, 9, 99, 12345, 2**40), "\n";
print join(",", map { rev_num($_) + 0 } 120, 1234, 1000), "\n";
my @arm = grep { my $n = $_; my $d = length $n; my $s = 0; $s += $_ ** $d for split //, $n; $s == $n } 1..9999; print "@arm\n";
