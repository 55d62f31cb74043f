#!/usr/bin/perl
# A doubly linked list class: push/pop/shift/unshift, insert after, remove, reverse, iterator, map.
use strict;
use warnings;

package Node;
sub new { my ($c, $v) = @_; bless { value => $v, prev => undef, next => undef }, $c }

package LinkedList;
use Scalar::Util qw(weaken);
sub new { my $c = shift; my $s = bless { head => undef, tail => undef, size => 0 }, $c; $s->push(@_); $s }
sub push {
    my ($s, @vals) = @_;
    for my $v (@vals) {
        my $n = Node->new($v);
        if ($s->{tail}) { $s->{tail}{next} = $n; $n->{prev} = $s->{tail}; weaken($n->{prev}) } else { $s->{head} = $n }
        $s->{tail} = $n;
        $s->{size}++;
    }
    return $s;
}
sub unshift {
    my ($s, $v) = @_;
    my $n = Node->new($v);
    if ($s->{head}) { $n->{next} = $s->{head}; $s->{head}{prev} = $n; weaken($s->{head}{prev}) } else { $s->{tail} = $n }
    $s->{head} = $n;
    $s->{size}++;
    return $s;
}
sub _unlink {
    my ($s, $n) = @_;
    if ($n->{prev}) { $n->{prev}{next} = $n->{next} } else { $s->{head} = $n->{next} }
    if ($n->{next}) { $n->{next}{prev} = $n->{prev}; weaken($n->{next}{prev}) if $n->{prev} } else { $s->{tail} = $n->{prev} }
    $s->{size}--;
    return $n->{value};
}
sub pop { my $s = shift; return undef unless $s->{tail}; $s->_unlink($s->{tail}) }
sub shift { my $s = shift; return undef unless $s->{head}; $s->_unlink($s->{head}) }
sub find { my ($s, $pred) = @_; for (my $n = $s->{head}; $n; $n = $n->{next}) { local $_ = $n->{value}; return $n if $pred->() } return }
sub insert_after {
    my ($s, $node, $v) = @_;
    return $s->push($v) if $node == $s->{tail};
    my $n = Node->new($v);
    @$n{qw(prev next)} = ($node, $node->{next});
    weaken($n->{prev});
    $node->{next}{prev} = $n; weaken($node->{next}{prev});
    $node->{next} = $n;
    $s->{size}++;
    return $s;
}
sub remove_if { my ($s, $pred) = @_; my $removed = 0; for (my $n = $s->{head}; $n;) { my $next = $n->{next}; local $_ = $n->{value}; if ($pred->()) { $s->_unlink($n); $removed++ } $n = $next } $removed }
sub reverse {
    my $s = shift;
    my @vals = $s->to_list;
    $s->{head} = $s->{tail} = undef; $s->{size} = 0;
    $s->push(reverse @vals);
    return $s;
}
sub to_list { my $s = shift; my @o; for (my $n = $s->{head}; $n; $n = $n->{next}) { push @o, $n->{value} } @o }
sub to_list_backwards { my $s = shift; my @o; for (my $n = $s->{tail}; $n; $n = $n->{prev}) { push @o, $n->{value} } @o }
sub iterator { my $s = shift; my $n = $s->{head}; return sub { return unless $n; my $v = $n->{value}; $n = $n->{next}; return $v } }
sub map { my ($s, $f) = @_; LinkedList->new(map { $f->($_) } $s->to_list) }

package main;
my $l = LinkedList->new(1 .. 5);
print "list: ", join(" ", $l->to_list), " (size $l->{size})\n";
$l->unshift(0)->push(6);
print "after unshift/push: ", join(" ", $l->to_list), "\n";
print "pop ", $l->pop, ", shift ", $l->shift, "\n";
my $three = $l->find(sub { $_ == 3 });
$l->insert_after($three, 3.5);
print "insert after 3: ", join(" ", $l->to_list), "\n";
print "removed evens: ", $l->remove_if(sub { $_ == int($_) && $_ % 2 == 0 }), " -> ", join(" ", $l->to_list), "\n";
print "backwards: ", join(" ", $l->to_list_backwards), "\n";
$l->reverse;
print "reversed: ", join(" ", $l->to_list), " size $l->{size}\n";
my $it = $l->iterator; my @seen; while (defined(my $v = $it->())) { push @seen, $v * 10 } print "iterated: @seen\n";
print "mapped: ", join(" ", $l->map(sub { "<$_[0]>" })->to_list), "\n";
my $e = LinkedList->new; print "empty pop: ", (defined $e->pop ? "value" : "undef"), ", size $e->{size}\n";
