#!/usr/bin/perl
# PageRank over a small link graph with a sparse adjacency representation and convergence check.
use strict;
use warnings;

my %links = (
    home => [qw(about blog shop)], about => [qw(home team)], blog => [qw(home post1 post2)], post1 => [qw(blog post2)],
    post2 => [qw(blog)], shop => [qw(home cart)], cart => [qw(shop checkout)], checkout => [], team => [qw(about)],
);
my @pages = sort keys %links;
my $n = @pages;
my %in;
for my $p (@pages) { push @{ $in{$_} }, $p for @{ $links{$p} } }
my $d = 0.85;
my %rank = map { $_ => 1 / $n } @pages;
my ($iter, $delta) = (0, 1);
while ($delta > 1e-10 && $iter < 200) {
    $iter++;
    my $dangling = 0; $dangling += $rank{$_} for grep { !@{ $links{$_} } } @pages;
    my %new;
    for my $p (@pages) {
        my $s = 0;
        $s += $rank{$_} / @{ $links{$_} } for @{ $in{$p} || [] };
        $new{$p} = (1 - $d) / $n + $d * ($s + $dangling / $n);
    }
    $delta = 0; $delta += abs($new{$_} - $rank{$_}) for @pages;
    %rank = %new;
}
printf "converged after %d iterations (delta %.1e)\n", $iter, $delta;
my $total = 0; $total += $_ for values %rank;
printf "sum of ranks: %.6f\n", $total;
my $pos = 0;
for my $p (sort { $rank{$b} <=> $rank{$a} || $a cmp $b } @pages) {
    printf "%d. %-9s %.5f %s in=%d out=%d\n", ++$pos, $p, $rank{$p}, '*' x int($rank{$p} * 100), scalar @{ $in{$p} || [] }, scalar @{ $links{$p} };
}
my @orphans = grep { !$in{$_} } @pages;
print "pages nobody links to: ", (@orphans ? "@orphans" : "none"), "\n";
