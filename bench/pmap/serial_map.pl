# Baseline: the same trivial job as the parallel variants, as a plain map (runs under perl too).
use strict;
use warnings;

my $n = shift // 20_000;
my $salt = 7;
my @r = map { ($_ * $salt) % 1000 } 1 .. $n;
my $sum = 0;
$sum += $_ for @r;
print "checksum $n $sum\n";
