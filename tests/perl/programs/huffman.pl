#!/usr/bin/perl
# Huffman coding: build a tree from frequencies (deterministic tie-breaks), encode and decode.
use strict;
use warnings;

my $text = "this is an example of a huffman tree built in perl for the caravan test corpus";
my %freq;
$freq{$_}++ for split //, $text;

my @nodes = map { { sym => $_, w => $freq{$_}, key => $_ } } keys %freq;
my $order = 0;
sub by_weight { $a->{w} <=> $b->{w} || $a->{key} cmp $b->{key} }
while (@nodes > 1) {
    @nodes = sort by_weight @nodes;
    my $l = shift @nodes;
    my $r = shift @nodes;
    push @nodes, { w => $l->{w} + $r->{w}, left => $l, right => $r, key => sprintf("~%04d", $order++) };
}
my $root = $nodes[0];

my %code;
sub walk {
    my ($n, $prefix) = @_;
    if (defined $n->{sym}) { $code{ $n->{sym} } = length $prefix ? $prefix : '0'; return }
    walk($n->{left}, $prefix . '0');
    walk($n->{right}, $prefix . '1');
}
walk($root, '');

for my $sym (sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %code) {
    printf "%-6s %2d %s\n", $sym eq ' ' ? "space" : "'$sym'", $freq{$sym}, $code{$sym};
}
my $bits = join '', map { $code{$_} } split //, $text;
printf "original %d bits, encoded %d bits (%.1f%%)\n", 8 * length $text, length $bits, 100 * length($bits) / (8 * length $text);

my $decoded = '';
my $n = $root;
for my $b (split //, $bits) {
    $n = $b ? $n->{right} : $n->{left};
    if (defined $n->{sym}) { $decoded .= $n->{sym}; $n = $root }
}
print $decoded eq $text ? "roundtrip ok\n" : "roundtrip FAILED\n";
my $packed = pack("B*", $bits);
printf "packed to %d bytes, first bytes: %s\n", length $packed, unpack("H16", $packed);
my $wsum = 0;
$wsum += $freq{$_} * length $code{$_} for keys %code;
print "weighted path length: $wsum\n";
my @lens = sort { $a <=> $b } map { length } values %code;
print "code lengths from $lens[0] to $lens[-1]\n";
