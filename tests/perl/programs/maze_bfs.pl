#!/usr/bin/perl
# Solves a text maze with breadth-first search, marks the path and reports statistics.
use strict;
use warnings;

my @maze = map { [split //] } split /\n/, <<'M';
###############
#S    #       #
# ### # ##### #
# #   #     # #
# # ##### # # #
# #     # #   #
# ##### # ### #
#     #   #  E#
###############
M
my ($rows, $cols) = (scalar @maze, scalar @{ $maze[0] });
my ($start, $end);
for my $r (0 .. $rows - 1) { for my $c (0 .. $cols - 1) { $start = [$r, $c] if $maze[$r][$c] eq 'S'; $end = [$r, $c] if $maze[$r][$c] eq 'E' } }
die "maze needs S and E\n" unless $start && $end;

sub bfs {
    my ($from, $to) = @_;
    my @queue = ($from);
    my %prev = (join(",", @$from) => undef);
    my $expanded = 0;
    while (my $cur = shift @queue) {
        $expanded++;
        my ($r, $c) = @$cur;
        return (\%prev, $expanded) if $r == $to->[0] && $c == $to->[1];
        for my $d ([-1, 0], [1, 0], [0, -1], [0, 1]) {
            my ($nr, $nc) = ($r + $d->[0], $c + $d->[1]);
            next if $nr < 0 || $nc < 0 || $nr >= $rows || $nc >= $cols;
            next if $maze[$nr][$nc] eq '#';
            my $k = "$nr,$nc";
            next if exists $prev{$k};
            $prev{$k} = "$r,$c";
            push @queue, [$nr, $nc];
        }
    }
    return (undef, $expanded);
}

my ($prev, $expanded) = bfs($start, $end);
if ($prev) {
    my @path;
    for (my $k = join(",", @$end); defined $k; $k = $prev->{$k}) { unshift @path, $k }
    for my $k (@path[1 .. $#path - 1]) { my ($r, $c) = split /,/, $k; $maze[$r][$c] = '.' }
    print join("", @$_), "\n" for @maze;
    printf "path length %d, cells expanded %d\n", scalar(@path) - 1, $expanded;
    my %turns; my $dir = '';
    for my $i (1 .. $#path) { my ($r1, $c1) = split /,/, $path[$i - 1]; my ($r2, $c2) = split /,/, $path[$i]; my $d = $r2 > $r1 ? 'S' : $r2 < $r1 ? 'N' : $c2 > $c1 ? 'E' : 'W'; $turns{count}++ if $dir && $d ne $dir; $dir = $d; $turns{$d}++ }
    print "moves: ", join(" ", map { "$_=" . ($turns{$_} // 0) } qw(N S E W)), ", turns: $turns{count}\n";
} else { print "no path\n" }
$maze[7][12] = '#';
my ($p2, $e2) = bfs($start, [7, 13]);
print $p2 ? "still reachable\n" : "blocked: no path after expanding $e2 cells\n";
