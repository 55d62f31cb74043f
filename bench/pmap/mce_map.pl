# The same trivial job under perl with MCE::Map and 2 workers (needs libmce-perl).
use strict;
use warnings;
use MCE::Map max_workers => 2;

my $n = shift // 20_000;
my $salt = 7;
my @r = mce_map { ($_ * $salt) % 1000 } 1 .. $n;
my $sum = 0;
$sum += $_ for @r;
print "checksum $n $sum\n";
