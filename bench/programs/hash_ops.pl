# Hash insert, lookup, exists, delete and iteration.
use strict;
use warnings;

my $n = shift // 600_000;
my %h;
for my $i (1 .. $n) { $h{"key$i"} = $i * 2 }
my ($hits, $sum) = (0, 0);
for my $i (1 .. $n) {
    my $k = "key" . ($i * 7 % ($n + 50));
    if (exists $h{$k}) { $hits++; $sum += $h{$k} }
}
delete $h{"key$_"} for grep { $_ % 3 == 0 } 1 .. $n;
my %count;
$count{ length $_ }++ for keys %h;
my $total = 0;
$total += $_ for values %h;
print "checksum $hits $sum ", scalar(keys %h), " $total ", join(",", map { "$_=$count{$_}" } sort keys %count), "\n";
