#!/usr/bin/perl
# Binary search variants and interval merging/lookup over sorted data.
use strict;
use warnings;

sub bsearch {
    my ($a, $x) = @_;
    my ($lo, $hi) = (0, $#$a);
    my $steps = 0;
    while ($lo <= $hi) {
        $steps++;
        my $mid = int(($lo + $hi) / 2);
        if ($a->[$mid] == $x) { return ($mid, $steps) }
        elsif ($a->[$mid] < $x) { $lo = $mid + 1 }
        else { $hi = $mid - 1 }
    }
    return (-1, $steps);
}
sub lower_bound { my ($a, $x) = @_; my ($lo, $hi) = (0, scalar @$a); while ($lo < $hi) { my $m = int(($lo + $hi) / 2); if ($a->[$m] < $x) { $lo = $m + 1 } else { $hi = $m } } $lo }
sub upper_bound { my ($a, $x) = @_; my ($lo, $hi) = (0, scalar @$a); while ($lo < $hi) { my $m = int(($lo + $hi) / 2); if ($a->[$m] <= $x) { $lo = $m + 1 } else { $hi = $m } } $lo }

my @a = map { $_ * 3 } 0 .. 99;
for my $x (0, 27, 150, 297, 298, -5, 1000) {
    my ($i, $s) = bsearch(\@a, $x);
    printf "find %4d: index %3d in %d steps\n", $x, $i, $s;
}
my @dups = (1, 2, 2, 2, 3, 5, 5, 8);
for my $x (0, 2, 4, 5, 9) { printf "x=%d lower=%d upper=%d count=%d\n", $x, lower_bound(\@dups, $x), upper_bound(\@dups, $x), upper_bound(\@dups, $x) - lower_bound(\@dups, $x) }

my @intervals = ([1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9], [21, 22]);
my @merged;
for my $iv (sort { $a->[0] <=> $b->[0] } @intervals) {
    if (@merged && $iv->[0] <= $merged[-1][1] + 1) { $merged[-1][1] = $iv->[1] if $iv->[1] > $merged[-1][1] }
    else { push @merged, [@$iv] }
}
print "merged: ", join(" ", map { "[$_->[0],$_->[1]]" } @merged), "\n";
my @starts = map { $_->[0] } @merged;
for my $p (0, 4, 7, 9, 16, 22, 30) {
    my $i = upper_bound(\@starts, $p) - 1;
    my $hit = $i >= 0 && $p <= $merged[$i][1];
    printf "point %2d: %s\n", $p, $hit ? "inside [$merged[$i][0],$merged[$i][1]]" : "outside";
}
my $covered = 0; $covered += $_->[1] - $_->[0] + 1 for @merged;
print "covered points: $covered\n";
sub isqrt { my $n = shift; my ($lo, $hi) = (0, $n); while ($lo < $hi) { my $m = int(($lo + $hi + 1) / 2); if ($m * $m <= $n) { $lo = $m } else { $hi = $m - 1 } } $lo }
print "isqrt: ", join(" ", map { isqrt($_) } 0, 1, 15, 16, 17, 1000000, 999999), "\n";
