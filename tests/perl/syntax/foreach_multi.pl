# Multi-variable foreach (perl 5.36): for my ($k, $v) (%h), triples, short tails.
use strict;
use warnings;
use feature 'say';
no warnings 'experimental::for_list';

my %h = (apple => 1, banana => 2, cherry => 3);
for my ($k, $v) (map { $_, $h{$_} } sort keys %h) {
    say "$k => $v";
}
for my ($a1, $b1, $c1) (1 .. 7) {
    say join ",", map { $_ // 'undef' } $a1, $b1, $c1;
}
# aliasing: changes reach the array
my @nums = (1 .. 6);
for my ($x, $y) (@nums) { $x *= 10; $y += 1 }
say "@nums";
# last/next/redo-free control and labels
OUTER: for my ($p, $q) (1 .. 8) {
    next OUTER if $p == 3;
    last OUTER if $p == 7;
    say "pair $p $q";
}
# empty list and one pair
my @none; for my ($m, $n) (@none) { say "never" }
for my ($m2, $n2) ("only", "pair") { say "$m2 $n2" }
# closures capture each iteration's variables
my @subs;
for my ($i, $j) (1 .. 4) { push @subs, sub { "$i-$j" } }
say join " ", map { $_->() } @subs;
