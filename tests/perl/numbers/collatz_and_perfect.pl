sub collatz { my $n = shift; my $steps = 0; while ($n != 1) { $n = $n % 2 ? 3 * $n + 1 : $n / 2; $steps++ } $steps }
my ($best, $len) = (1, 0);
for my $i (1..3000) { my $c = collatz($i); ($best, $len) = ($i, $c) if $c > $len }
print "longest under 3000: $best ($len steps)\n";
my @perfect = grep { my $n = $_; my $s = 0; $n % $_ or $s += $_ for 1 .. $n / 2; $s == $n } 2..10000;
print "perfect: @perfect\n";
