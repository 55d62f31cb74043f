#!/usr/bin/perl
# Classic sorting algorithms implemented by hand, checked against sort, with comparison counts.
use strict;
use warnings;

my $comparisons = 0;
sub less { $comparisons++; return $_[0] < $_[1] }

sub bubble_sort { my @a = @_; for my $i (reverse 1 .. $#a) { my $swapped = 0; for my $j (0 .. $i - 1) { if (less($a[$j + 1], $a[$j])) { @a[$j, $j + 1] = @a[$j + 1, $j]; $swapped = 1 } } last unless $swapped } @a }
sub insertion_sort { my @a = @_; for my $i (1 .. $#a) { my $v = $a[$i]; my $j = $i - 1; while ($j >= 0 && less($v, $a[$j])) { $a[$j + 1] = $a[$j]; $j-- } $a[$j + 1] = $v } @a }
sub selection_sort { my @a = @_; for my $i (0 .. $#a - 1) { my $m = $i; for my $j ($i + 1 .. $#a) { $m = $j if less($a[$j], $a[$m]) } @a[$i, $m] = @a[$m, $i] } @a }
sub merge_sort {
    my @a = @_;
    return @a if @a < 2;
    my $mid = int(@a / 2);
    my @l = merge_sort(@a[0 .. $mid - 1]);
    my @r = merge_sort(@a[$mid .. $#a]);
    my @out;
    while (@l && @r) { push @out, less($r[0], $l[0]) ? shift @r : shift @l }
    return (@out, @l, @r);
}
sub quick_sort {
    my @a = @_;
    return @a if @a < 2;
    my $p = $a[int(@a / 2)];
    my (@lt, @eq, @gt);
    for (@a) { if (less($_, $p)) { push @lt, $_ } elsif (less($p, $_)) { push @gt, $_ } else { push @eq, $_ } }
    return (quick_sort(@lt), @eq, quick_sort(@gt));
}
sub heap_sort {
    my @a = @_;
    my $n = @a;
    my $sift = sub { my ($start, $end) = @_; my $root = $start; while (2 * $root + 1 <= $end) { my $child = 2 * $root + 1; my $swap = $root; $swap = $child if less($a[$swap], $a[$child]); $swap = $child + 1 if $child + 1 <= $end && less($a[$swap], $a[$child + 1]); return if $swap == $root; @a[$root, $swap] = @a[$swap, $root]; $root = $swap } };
    $sift->($_, $n - 1) for reverse 0 .. int(($n - 2) / 2);
    for (my $end = $n - 1; $end > 0; $end--) { @a[0, $end] = @a[$end, 0]; $sift->(0, $end - 1) }
    return @a;
}
sub counting_sort { my @a = @_; my @c; $c[$_]++ for @a; return map { ($_) x ($c[$_] // 0) } 0 .. $#c }

srand(2024);
my @data = map { int rand 500 } 1 .. 200;
my $expected = join ",", sort { $a <=> $b } @data;
for my $algo ([bubble => \&bubble_sort], [insertion => \&insertion_sort], [selection => \&selection_sort],
              [merge => \&merge_sort], [quick => \&quick_sort], [heap => \&heap_sort], [counting => \&counting_sort]) {
    $comparisons = 0;
    my @s = $algo->[1]->(@data);
    printf "%-10s %s %6d comparisons\n", $algo->[0], (join(",", @s) eq $expected ? "ok " : "BAD"), $comparisons;
}
my @sorted_in = sort { $a <=> $b } @data;
for my $algo ([insertion => \&insertion_sort], [quick => \&quick_sort]) {
    $comparisons = 0;
    $algo->[1]->(@sorted_in);
    printf "%-10s on sorted input: %d comparisons\n", $algo->[0], $comparisons;
}
my @small = (5, 2, 9, 1, 5, 6);
print "merge small: ", join(" ", merge_sort(@small)), "\n";
print "empty: [", join(",", quick_sort()), "] single: [", join(",", heap_sort(7)), "]\n";
