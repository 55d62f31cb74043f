#!/usr/bin/perl
# Graph algorithms on a small weighted graph: BFS, DFS, Dijkstra, topological sort, cycle detection.
use strict;
use warnings;

my %edges = (
    A => { B => 4, C => 2 },
    B => { C => 5, D => 10 },
    C => { E => 3 },
    D => { F => 11 },
    E => { D => 4 },
    F => {},
);

sub neighbours { my $n = shift; return sort keys %{ $edges{$n} || {} } }

sub bfs {
    my $start = shift;
    my @queue = ($start);
    my %seen = ($start => 1);
    my @order;
    while (@queue) {
        my $n = shift @queue;
        push @order, $n;
        for my $m (neighbours($n)) { next if $seen{$m}++; push @queue, $m }
    }
    return @order;
}

sub dfs {
    my ($n, $seen, $order) = @_;
    return if $seen->{$n}++;
    push @$order, $n;
    dfs($_, $seen, $order) for neighbours($n);
    return @$order;
}

sub dijkstra {
    my $src = shift;
    my %dist = ($src => 0);
    my %prev;
    my %done;
    while (1) {
        my ($u) = sort { $dist{$a} <=> $dist{$b} || $a cmp $b } grep { !$done{$_} } keys %dist;
        last unless defined $u;
        $done{$u} = 1;
        for my $v (neighbours($u)) {
            my $alt = $dist{$u} + $edges{$u}{$v};
            if (!defined $dist{$v} || $alt < $dist{$v}) { $dist{$v} = $alt; $prev{$v} = $u }
        }
    }
    return (\%dist, \%prev);
}

sub topo {
    my %indeg = map { $_ => 0 } keys %edges;
    $indeg{$_}++ for map { keys %$_ } values %edges;
    my @ready = sort grep { !$indeg{$_} } keys %indeg;
    my @out;
    while (@ready) {
        my $n = shift @ready;
        push @out, $n;
        for my $m (neighbours($n)) { push @ready, $m unless --$indeg{$m} }
        @ready = sort @ready;
    }
    die "cycle detected\n" if @out != keys %edges;
    return @out;
}

print "BFS: ", join(" ", bfs('A')), "\n";
print "DFS: ", join(" ", dfs('A', {}, [])), "\n";
my ($dist, $prev) = dijkstra('A');
for my $n (sort keys %$dist) {
    my @path = ($n);
    unshift @path, $prev->{ $path[0] } while exists $prev->{ $path[0] };
    printf "%s: %2d via %s\n", $n, $dist->{$n}, join('->', @path);
}
print "topo: ", join(" ", topo()), "\n";
$edges{F}{A} = 1;
my @t = eval { topo() };
print "after adding F->A: ", (@t ? "@t" : "error: $@");
