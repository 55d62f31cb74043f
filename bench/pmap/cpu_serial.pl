# CPU-bound throughput (serial): each item runs a 200k-iteration arithmetic loop.
use strict;
use warnings;

my $n = shift // 40;
sub spin { my ($x) = @_; my $acc = 0; for my $i (1 .. 200_000) { $acc = ($acc * 31 + $i + $x) % 1_000_003 } return $acc }
my @r = map { spin($_) } 1 .. $n;
my $sum = 0;
$sum += $_ for @r;
print "checksum $n $sum\n";
