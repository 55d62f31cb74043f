# Trivial-job throughput of `pmap_on` over two local worker processes (no ssh).
use strict;
use warnings;

my $n = shift // 20_000;
my $salt = 7;
my $cluster = cluster("local:2");
my @r = pmap_on $cluster { ($_ * $salt) % 1000 } 1 .. $n;
my $sum = 0;
$sum += $_ for @r;
print "checksum $n $sum\n";
