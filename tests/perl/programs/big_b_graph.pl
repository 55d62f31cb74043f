use strict;
use warnings;

# Graph algorithms over a hash of arrays: BFS, DFS, topological sort, cycles.
my (%g, %indeg);
while (<DATA>) {
    chomp;
    next unless /^(\w+)\s*->\s*(.*)$/;
    my ($from, @to) = ($1, split /[\s,]+/, $2);
    $g{$from} ||= [];
    $indeg{$from} //= 0;
    for my $t (@to) {
        push @{ $g{$from} }, $t;
        $g{$t} ||= [];
        $indeg{$t}++;
    }
}
@{ $g{$_} } = sort @{ $g{$_} } for keys %g;

print "Adjacency:\n";
printf "  %-8s -> %s\n", $_, join(', ', @{ $g{$_} }) || '(none)' for sort keys %g;

sub bfs {
    my ($graph, $start) = @_;
    my %dist = ($start => 0);
    my %parent;
    my @queue = ($start);
    while (@queue) {
        my $n = shift @queue;
        for my $m (@{ $graph->{$n} }) {
            next if exists $dist{$m};
            $dist{$m} = $dist{$n} + 1;
            $parent{$m} = $n;
            push @queue, $m;
        }
    }
    return (\%dist, \%parent);
}

my ($dist, $parent) = bfs(\%g, 'shirt');
print "\nBFS from shirt:\n";
for my $n (sort { $dist->{$a} <=> $dist->{$b} || $a cmp $b } keys %$dist) {
    my @path = ($n);
    unshift @path, $parent->{ $path[0] } while exists $parent->{ $path[0] };
    printf "  %-8s d=%d via %s\n", $n, $dist->{$n}, join('>', @path);
}

my @order;
my %seen;
sub dfs {
    my ($n, $depth) = @_;
    return if $seen{$n}++;
    push @order, ('  ' x $depth) . $n;
    dfs($_, $depth + 1) for @{ $g{$n} };
}
dfs($_, 0) for sort grep { !$indeg{$_} } keys %g;
print "\nDFS forest:\n";
print "  $_\n" for @order;

sub toposort {
    my $graph = shift;
    my %in;
    $in{$_} //= 0 for keys %$graph;
    $in{$_}++ for map { @$_ } values %$graph;
    my @ready = sort grep { $in{$_} == 0 } keys %in;
    my @out;
    while (@ready) {
        my $n = shift @ready;
        push @out, $n;
        for my $m (@{ $graph->{$n} }) {
            push @ready, $m unless --$in{$m};
        }
        @ready = sort @ready;
    }
    my @stuck = sort grep { $in{$_} > 0 } keys %in;
    die "cycle among: @stuck\n" if @stuck;
    return @out;
}

my @topo = toposort(\%g);
print "\nDressing order: @topo\n";
my %pos;
@pos{@topo} = 0 .. $#topo;
my $bad = grep { my $f = $_; grep { $pos{$_} < $pos{$f} } @{ $g{$f} } } keys %g;
print "order violations: $bad\n";

my %cyc = (a => ['b'], b => ['c'], c => ['a', 'd'], d => []);
my @r = eval { toposort(\%cyc) };
print "cyclic graph: ", ($@ || "ok @r\n");

my %color;
my @cycle;
sub find_cycle {
    my ($n, $graph, $stack) = @_;
    $color{$n} = 1;
    push @$stack, $n;
    for my $m (sort @{ $graph->{$n} }) {
        if (($color{$m} // 0) == 1) {
            my ($i) = grep { $stack->[$_] eq $m } 0 .. $#$stack;
            @cycle = (@{$stack}[$i .. $#$stack], $m);
            return 1;
        }
        return 1 if !$color{$m} && find_cycle($m, $graph, $stack);
    }
    pop @$stack;
    $color{$n} = 2;
    return 0;
}
find_cycle('a', \%cyc, []);
print "cycle found: ", join(' -> ', @cycle), "\n";
my @leaves = sort grep { !@{ $g{$_} } } keys %g;
printf "leaves (%d): %s\n", scalar @leaves, "@leaves";
__DATA__
undershorts -> pants, shoes
pants -> belt, shoes
belt -> jacket
shirt -> belt, tie
tie -> jacket
socks -> shoes
watch ->
