# Integer loops: nested counting, modulo arithmetic and a sieve.
use strict;
use warnings;

my $limit = shift // 3_000_000;
my @sieve = (1) x ($limit + 1);
@sieve[0, 1] = (0, 0);
for (my $i = 2; $i * $i <= $limit; $i++) {
    next unless $sieve[$i];
    for (my $j = $i * $i; $j <= $limit; $j += $i) { $sieve[$j] = 0 }
}
my ($count, $acc) = (0, 0);
for my $i (0 .. $limit) {
    next unless $sieve[$i];
    $count++;
    $acc = ($acc * 31 + $i) % 1_000_000_007;
}
my $x = 0;
for my $i (1 .. 300) { for my $j (1 .. 300) { $x += ($i * $j) % 7 } }
print "checksum $count $acc $x\n";
