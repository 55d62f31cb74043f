use strict;
use warnings;

# A tiny discrete event simulation with a binary-heap priority queue and closures.
package PQueue;

sub new { my $class = shift; return bless { heap => [], seq => 0 }, $class; }

sub _less {
    my ($x, $y) = @_;
    return $x->[0] < $y->[0] || ($x->[0] == $y->[0] && $x->[1] < $y->[1]);
}

sub push {
    my ($self, $prio, $item) = @_;
    my $h = $self->{heap};
    push @$h, [$prio, $self->{seq}++, $item];
    my $i = $#$h;
    while ($i > 0) {
        my $p = int(($i - 1) / 2);
        last unless _less($h->[$i], $h->[$p]);
        @$h[$i, $p] = @$h[$p, $i];
        $i = $p;
    }
}

sub pop {
    my $self = shift;
    my $h = $self->{heap};
    return unless @$h;
    my $top = $h->[0];
    my $last = pop @$h;
    if (@$h) {
        $h->[0] = $last;
        my $i = 0;
        while (1) {
            my ($l, $r) = (2 * $i + 1, 2 * $i + 2);
            my $m = $i;
            $m = $l if $l < @$h && _less($h->[$l], $h->[$m]);
            $m = $r if $r < @$h && _less($h->[$r], $h->[$m]);
            last if $m == $i;
            @$h[$i, $m] = @$h[$m, $i];
            $i = $m;
        }
    }
    return ($top->[0], $top->[2]);
}

sub size { scalar @{ $_[0]{heap} } }

package Scheduler;

sub new {
    my ($class, %opt) = @_;
    my $self = bless { now => 0, q => PQueue->new, log => [], limit => $opt{limit} // 100 }, $class;
    return $self;
}

sub at {
    my ($self, $delay, $name, $cb) = @_;
    $self->{q}->push($self->{now} + $delay, [$name, $cb]);
}

sub run {
    my $self = shift;
    my $steps = 0;
    while ($self->{q}->size && $steps++ < $self->{limit}) {
        my ($t, $ev) = $self->{q}->pop;
        $self->{now} = $t;
        my ($name, $cb) = @$ev;
        push @{ $self->{log} }, sprintf("t=%3d %-10s", $t, $name);
        $cb->($self);
    }
    return $steps;
}

package main;

my $sched = Scheduler->new(limit => 50);
my %stats;

sub make_ticker {
    my ($label, $period, $count) = @_;
    my $n = 0;
    my $tick;
    $tick = sub {
        my $s = shift;
        $n++;
        $stats{$label}++;
        $s->at($period, "$label#" . ($n + 1), $tick) if $n < $count;
    };
    return $tick;
}

$sched->at(0, 'fast#1', make_ticker('fast', 3, 5));
$sched->at(1, 'slow#1', make_ticker('slow', 7, 3));
my $balance = 100;
for my $spec ([4, 30], [9, -50], [9, -90], [15, 25]) {
    my ($when, $amt) = @$spec;
    $sched->at($when, $amt < 0 ? 'withdraw' : 'deposit', sub {
        my $s = shift;
        if ($balance + $amt < 0) {
            $stats{rejected}++;
            $s->at(2, 'retry', sub { $balance += $amt / 2 if $balance + $amt / 2 >= 0; $stats{retried}++ });
        } else {
            $balance += $amt;
        }
    });
}

my $steps = $sched->run;
print "$_\n" for @{ $sched->{log} };
printf "steps=%d final_time=%d balance=%.1f\n", $steps, $sched->{now}, $balance;
printf "%-9s %d\n", $_, $stats{$_} for sort keys %stats;

my $pq = PQueue->new;
$pq->push($_ % 7, "v$_") for 1 .. 15;
my @order;
while ($pq->size) { my ($p, $v) = $pq->pop; push @order, "$p:$v"; }
print join(' ', @order), "\n";
