#!/usr/bin/perl
# Backtracking: N-queens solutions, permutations, combinations and subset sums.
use strict;
use warnings;

sub queens {
    my ($n) = @_;
    my @solutions;
    my @cols;
    my $place;
    $place = sub {
        my $row = shift;
        if ($row == $n) { push @solutions, [@cols]; return }
        COL: for my $c (0 .. $n - 1) {
            for my $r (0 .. $row - 1) {
                next COL if $cols[$r] == $c || abs($cols[$r] - $c) == $row - $r;
            }
            $cols[$row] = $c;
            $place->($row + 1);
        }
    };
    $place->(0);
    return @solutions;
}

for my $n (1 .. 8) {
    my @s = queens($n);
    printf "%d-queens: %d solutions\n", $n, scalar @s;
}
my ($first) = queens(6);
print join("", map { $_ == $first->[$_[0] // 0] ? "Q" : "." } 0 .. 5), "\n" for ();
for my $row (0 .. 5) { print join(" ", map { $_ == $first->[$row] ? "Q" : "." } 0 .. 5), "\n" }

sub permute {
    my ($done, $rest, $out) = @_;
    unless (@$rest) { push @$out, join '', @$done; return }
    for my $i (0 .. $#$rest) {
        my @r = @$rest;
        my ($x) = splice(@r, $i, 1);
        permute([@$done, $x], \@r, $out);
    }
}
my @p; permute([], [qw(a b c d)], \@p);
print scalar(@p), " permutations: @p[0..5] ... $p[-1]\n";

sub combinations {
    my ($k, @set) = @_;
    return ([]) if $k == 0;
    return () if @set < $k;
    my ($head, @tail) = @set;
    return ((map { [$head, @$_] } combinations($k - 1, @tail)), combinations($k, @tail));
}
my @c = combinations(3, 1 .. 5);
print scalar(@c), " combinations: ", join(" ", map { join('', @$_) } @c), "\n";

sub subset_sum {
    my ($target, @nums) = @_;
    my @found;
    for my $mask (1 .. 2**@nums - 1) {
        my @pick = map { $nums[$_] } grep { $mask & (1 << $_) } 0 .. $#nums;
        my $s = 0; $s += $_ for @pick;
        push @found, "@pick" if $s == $target;
    }
    return sort @found;
}
print "subsets of (3 34 4 12 5 2) summing to 9: ", join(" | ", subset_sum(9, 3, 34, 4, 12, 5, 2)), "\n";
