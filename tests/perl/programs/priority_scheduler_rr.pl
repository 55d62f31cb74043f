#!/usr/bin/perl
# CPU scheduling simulation: FCFS, shortest job first and round robin, with Gantt charts and averages.
use strict;
use warnings;

my @procs = (
    { id => 'A', arrive => 0, burst => 8 },
    { id => 'B', arrive => 1, burst => 4 },
    { id => 'C', arrive => 2, burst => 9 },
    { id => 'D', arrive => 3, burst => 5 },
    { id => 'E', arrive => 6, burst => 2 },
);

sub report {
    my ($name, $gantt, $finish) = @_;
    my ($tw, $tt) = (0, 0);
    for my $p (@procs) {
        my $turn = $finish->{ $p->{id} } - $p->{arrive};
        $tt += $turn;
        $tw += $turn - $p->{burst};
    }
    my $chart = join '', map { "|" . $_->[0] x ($_->[2] - $_->[1]) } @$gantt;
    printf "%-12s %s| avg wait %.2f, avg turnaround %.2f\n", $name, $chart, $tw / @procs, $tt / @procs;
    print ' ' x 13, join('', map { sprintf "%-*d", $_->[2] - $_->[1] + 1, $_->[1] } @$gantt), $gantt->[-1][2], "\n";
}

sub fcfs {
    my ($t, @g, %fin) = (0);
    for my $p (sort { $a->{arrive} <=> $b->{arrive} } @procs) {
        $t = $p->{arrive} if $t < $p->{arrive};
        push @g, [$p->{id}, $t, $t + $p->{burst}];
        $t += $p->{burst};
        $fin{ $p->{id} } = $t;
    }
    return (\@g, \%fin);
}

sub sjf {
    my ($t, @g, %fin) = (0);
    my @pending = @procs;
    while (@pending) {
        my @ready = grep { $_->{arrive} <= $t } @pending;
        unless (@ready) { ($t) = sort { $a <=> $b } map { $_->{arrive} } @pending; next }
        my ($p) = sort { $a->{burst} <=> $b->{burst} || $a->{arrive} <=> $b->{arrive} } @ready;
        push @g, [$p->{id}, $t, $t + $p->{burst}];
        $t += $p->{burst};
        $fin{ $p->{id} } = $t;
        @pending = grep { $_ != $p } @pending;
    }
    return (\@g, \%fin);
}

sub rr {
    my $q = shift;
    my ($t, @g, %fin) = (0);
    my %left = map { $_->{id} => $_->{burst} } @procs;
    my @incoming = sort { $a->{arrive} <=> $b->{arrive} } @procs;
    my @queue;
    push @queue, (shift @incoming)->{id} while @incoming && $incoming[0]{arrive} <= $t;
    while (@queue || @incoming) {
        unless (@queue) { $t = $incoming[0]{arrive}; push @queue, (shift @incoming)->{id} while @incoming && $incoming[0]{arrive} <= $t; next }
        my $id = shift @queue;
        my $run = $left{$id} < $q ? $left{$id} : $q;
        if (@g && $g[-1][0] eq $id && $g[-1][2] == $t) { $g[-1][2] += $run } else { push @g, [$id, $t, $t + $run] }
        $t += $run;
        $left{$id} -= $run;
        push @queue, (shift @incoming)->{id} while @incoming && $incoming[0]{arrive} <= $t;
        if ($left{$id}) { push @queue, $id } else { $fin{$id} = $t }
    }
    return (\@g, \%fin);
}

report('FCFS', fcfs());
report('SJF', sjf());
report("RR q=$_", rr($_)) for 2, 4;
