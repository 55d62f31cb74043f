# Nested data structures: building, walking and aggregating hashes of arrays of hashes.
use strict;
use warnings;

my $n = shift // 200_000;
my %db;
for my $i (1 .. $n) {
    my $dept = "d" . ($i % 17);
    push @{ $db{$dept}{people} }, { id => $i, tags => [ map { "t" . (($i + $_) % 11) } 1 .. 3 ], pay => 1000 + $i % 500 };
    $db{$dept}{total} += 1000 + $i % 500;
}
my (%tag_count, $deep);
for my $dept (sort keys %db) {
    for my $p (@{ $db{$dept}{people} }) {
        $tag_count{$_}++ for @{ $p->{tags} };
        $deep += $p->{pay} if $p->{tags}[0] eq 't3';
    }
}
my $copy = { map { $_ => { total => $db{$_}{total}, n => scalar @{ $db{$_}{people} } } } keys %db };
my $sum = 0;
$sum += $copy->{$_}{total} / $copy->{$_}{n} for keys %$copy;
printf "checksum %d %d %.4f %s\n", $deep, scalar(keys %tag_count), $sum, join(",", map { $tag_count{$_} } sort keys %tag_count);
