#!/usr/bin/perl
# A trie of words with counts: insert, prefix search, autocomplete ranking, deletion, longest prefix.
use strict;
use warnings;

package Trie;
sub new { bless { root => {}, words => 0 }, shift }
sub insert {
    my ($s, $w, $n) = @_;
    my $node = $s->{root};
    $node = $node->{kids}{$_} //= {} for split //, $w;
    $s->{words}++ unless $node->{end};
    $node->{end} = 1;
    $node->{count} += $n // 1;
}
sub _find { my ($s, $p) = @_; my $node = $s->{root}; for (split //, $p) { $node = $node->{kids}{$_} or return } $node }
sub contains { my $n = $_[0]->_find($_[1]); $n && $n->{end} ? 1 : 0 }
sub complete {
    my ($s, $prefix, $limit) = @_;
    my $start = $s->_find($prefix) or return;
    my @found;
    my @stack = ([$start, $prefix]);
    while (my $item = pop @stack) {
        my ($node, $word) = @$item;
        push @found, [$word, $node->{count}] if $node->{end};
        push @stack, map { [$node->{kids}{$_}, $word . $_] } sort keys %{ $node->{kids} || {} };
    }
    @found = sort { $b->[1] <=> $a->[1] || $a->[0] cmp $b->[0] } @found;
    splice(@found, $limit) if $limit && @found > $limit;
    return @found;
}
sub delete {
    my ($s, $w) = @_;
    my @path = ($s->{root});
    for my $ch (split //, $w) { my $next = $path[-1]{kids}{$ch} or return 0; push @path, $next }
    return 0 unless $path[-1]{end};
    delete @{ $path[-1] }{qw(end count)};
    my @chars = split //, $w;
    for (my $i = $#path; $i > 0; $i--) {
        last if $path[$i]{end} || %{ $path[$i]{kids} || {} };
        delete $path[$i - 1]{kids}{ $chars[$i - 1] };
    }
    $s->{words}--;
    return 1;
}
sub longest_prefix_of {
    my ($s, $text) = @_;
    my ($node, $best, $cur) = ($s->{root}, '', '');
    for my $ch (split //, $text) { $node = $node->{kids}{$ch} or last; $cur .= $ch; $best = $cur if $node->{end} }
    return $best;
}
sub node_count { my $c = 0; my @st = ($_[0]{root}); while (my $n = pop @st) { $c++; push @st, values %{ $n->{kids} || {} } } $c }

package main;
my $t = Trie->new;
my %freq = (car => 50, card => 20, care => 35, careful => 12, cargo => 8, cart => 30, cat => 60, catalog => 5, dog => 40, do => 90, done => 25);
$t->insert($_, $freq{$_}) for sort keys %freq;
$t->insert('car', 5);
print "words: $t->{words}, nodes: ", $t->node_count, "\n";
for my $p (qw(car ca do x cat)) {
    my @c = $t->complete($p, 4);
    print "$p: ", (@c ? join(", ", map { "$_->[0]($_->[1])" } @c) : "(none)"), "\n";
}
print "contains: ", join(" ", map { "$_=" . $t->contains($_) } qw(car ca careful dogs)), "\n";
print "longest prefix: ", join(" ", map { "$_->" . ($t->longest_prefix_of($_) || '-') } qw(cartoon cards doing xyz catalogue)), "\n";
print "delete card: ", $t->delete('card'), ", again: ", $t->delete('card'), ", ca: ", $t->delete('ca'), "\n";
print "after delete: ", join(", ", map { $_->[0] } $t->complete('car')), "; words $t->{words}, nodes ", $t->node_count, "\n";
$t->delete($_) for qw(catalog cat);
print "cat*: ", join(", ", map { $_->[0] } $t->complete('cat')) || "(none)", "; nodes ", $t->node_count, "\n";
