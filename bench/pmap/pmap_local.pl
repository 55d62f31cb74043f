# Trivial-job throughput of caravan's local `pmap` (one worker process per CPU).
use strict;
use warnings;

my $n = shift // 20_000;
my $salt = 7;
my @r = pmap { ($_ * $salt) % 1000 } 1 .. $n;
my $sum = 0;
$sum += $_ for @r;
print "checksum $n $sum\n";
