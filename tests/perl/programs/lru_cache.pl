#!/usr/bin/perl
# An LRU cache built from a hash plus a doubly linked list, with hit statistics.
use strict;
use warnings;

package LRU;
sub new {
    my ($class, $cap) = @_;
    my $head = { key => 'HEAD' };
    my $tail = { key => 'TAIL' };
    $head->{next} = $tail;
    $tail->{prev} = $head;
    return bless { cap => $cap, map => {}, head => $head, tail => $tail, hits => 0, misses => 0, evicted => [] }, $class;
}
sub _unlink { my $n = shift; $n->{prev}{next} = $n->{next}; $n->{next}{prev} = $n->{prev} }
sub _push_front {
    my ($s, $n) = @_;
    $n->{next} = $s->{head}{next};
    $n->{prev} = $s->{head};
    $s->{head}{next}{prev} = $n;
    $s->{head}{next} = $n;
}
sub get {
    my ($s, $k) = @_;
    my $n = $s->{map}{$k};
    unless ($n) { $s->{misses}++; return undef }
    $s->{hits}++;
    _unlink($n);
    $s->_push_front($n);
    return $n->{value};
}
sub put {
    my ($s, $k, $v) = @_;
    if (my $n = $s->{map}{$k}) { $n->{value} = $v; _unlink($n); $s->_push_front($n); return }
    if (keys %{ $s->{map} } >= $s->{cap}) {
        my $old = $s->{tail}{prev};
        _unlink($old);
        delete $s->{map}{ $old->{key} };
        push @{ $s->{evicted} }, $old->{key};
    }
    my $n = { key => $k, value => $v };
    $s->{map}{$k} = $n;
    $s->_push_front($n);
}
sub keys_mru { my $s = shift; my @k; for (my $n = $s->{head}{next}; $n != $s->{tail}; $n = $n->{next}) { push @k, $n->{key} } @k }

package main;
my $c = LRU->new(3);
$c->put(a => 1); $c->put(b => 2); $c->put(c => 3);
print "order: ", join(" ", $c->keys_mru), "\n";
print "get a: ", $c->get('a'), "\n";
$c->put(d => 4);
print "after d: ", join(" ", $c->keys_mru), " evicted: @{$c->{evicted}}\n";
print "get b: ", defined $c->get('b') ? "hit" : "miss", "\n";
$c->put(c => 30);
print "after c update: ", join(" ", $c->keys_mru), " c=", $c->get('c'), "\n";

my $fibs = LRU->new(50);
my $calls = 0;
sub fib { my $n = shift; $calls++; return $n if $n < 2; my $v = $fibs->get($n); return $v if defined $v; $v = fib($n - 1) + fib($n - 2); $fibs->put($n, $v); $v }
print "fib(60) = ", fib(60), " with $calls calls\n";
srand(11);
my $sim = LRU->new(10);
for (1 .. 500) { my $k = int(rand(rand() < 0.8 ? 12 : 100)); $sim->put($k, 1) unless defined $sim->get($k) }
printf "simulated hit rate: %.1f%% (%d hits, %d misses)\n", 100 * $sim->{hits} / ($sim->{hits} + $sim->{misses}), $sim->{hits}, $sim->{misses};
print "evictions: ", scalar(@{ $sim->{evicted} }), "\n";
