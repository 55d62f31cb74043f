my @r;
for my $n (-5, 0, 5, 50, 500) { push @r, $n < 0 ? "neg" : $n == 0 ? "zero" : $n < 10 ? "small" : $n < 100 ? "medium" : "big" }
print "@r\n";
my ($a, $b) = (1, 2); my $max = $a > $b ? $a : $b; print "$max\n";
my ($p, $q) = (0, 0); (1 ? $p : $q) = 5; print "$p $q\n";
print "ok\n";
