#!/usr/bin/perl
# Dynamic programming classics: 0/1 knapsack with item recovery, coin change, LIS, rod cutting.
use strict;
use warnings;

my @items = ([map => 9, 150], [compass => 13, 35], [water => 153, 200], [sandwich => 50, 160],
             [glucose => 15, 60], [tin => 68, 45], [banana => 27, 60], [apple => 39, 40],
             [cheese => 23, 30], [beer => 52, 10], [suntan => 11, 70], [camera => 32, 30]);
my $cap = 400;
my @best = (0) x ($cap + 1);
my @keep;
for my $i (0 .. $#items) {
    my ($name, $w, $v) = @{ $items[$i] };
    for (my $c = $cap; $c >= $w; $c--) {
        if ($best[$c - $w] + $v > $best[$c]) { $best[$c] = $best[$c - $w] + $v; $keep[$i][$c] = 1 }
    }
}
my ($c, @chosen) = ($cap);
for (my $i = $#items; $i >= 0; $i--) {
    if ($keep[$i][$c]) { unshift @chosen, $items[$i]; $c -= $items[$i][1] }
}
my $tw = 0; $tw += $_->[1] for @chosen;
printf "knapsack value %d, weight %d: %s\n", $best[$cap], $tw, join(", ", map { $_->[0] } @chosen);

sub coin_ways {
    my ($amount, @coins) = @_;
    my @ways = (1, (0) x $amount);
    for my $coin (@coins) { $ways[$_] += $ways[$_ - $coin] for $coin .. $amount }
    return $ways[$amount];
}
sub min_coins {
    my ($amount, @coins) = @_;
    my @m = (0, (9**9) x $amount);
    my @from;
    for my $a (1 .. $amount) {
        for my $coin (@coins) {
            next if $coin > $a;
            if ($m[$a - $coin] + 1 < $m[$a]) { $m[$a] = $m[$a - $coin] + 1; $from[$a] = $coin }
        }
    }
    return () if $m[$amount] >= 9**9;
    my @used;
    while ($amount > 0) { push @used, $from[$amount]; $amount -= $from[$amount] }
    return sort { $b <=> $a } @used;
}
print "ways to make 100 from 1,5,10,25,50: ", coin_ways(100, 1, 5, 10, 25, 50), "\n";
for my $amt (63, 6, 7) {
    my @u = min_coins($amt, 1, 3, 4);
    print "min coins for $amt with (1,3,4): ", scalar(@u), " [@u]\n";
}
my @none = min_coins(7, 2, 4); print "7 from (2,4): ", (@none ? "@none" : "impossible"), "\n";

my @seq = (10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20);
my @len = (1) x @seq; my @prev = (-1) x @seq;
for my $i (0 .. $#seq) { for my $j (0 .. $i - 1) { if ($seq[$j] < $seq[$i] && $len[$j] + 1 > $len[$i]) { $len[$i] = $len[$j] + 1; $prev[$i] = $j } } }
my ($end) = sort { $len[$b] <=> $len[$a] || $a <=> $b } 0 .. $#seq;
my @lis; for (my $k = $end; $k >= 0; $k = $prev[$k]) { unshift @lis, $seq[$k] }
print "LIS length $len[$end]: @lis\n";

my @price = (0, 1, 5, 8, 9, 10, 17, 17, 20);
my @r = (0);
for my $n (1 .. 8) { my $m = 0; for my $i (1 .. $n) { my $v = $price[$i] + $r[$n - $i]; $m = $v if $v > $m } $r[$n] = $m }
print "rod cutting best values: @r[1..8]\n";
