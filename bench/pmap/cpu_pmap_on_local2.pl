# CPU-bound throughput (pmap_on_local2): each item runs a 200k-iteration arithmetic loop.
use strict;
use warnings;

my $n = shift // 40;
my $cluster = cluster("local:2");
sub spin { my ($x) = @_; my $acc = 0; for my $i (1 .. 200_000) { $acc = ($acc * 31 + $i + $x) % 1_000_003 } return $acc }
my @r = pmap_on $cluster { spin($_) } 1 .. $n;
my $sum = 0;
$sum += $_ for @r;
print "checksum $n $sum\n";
