#!/usr/bin/perl
# A binary search tree with insert, delete, traversals, height and pretty printing.
use strict;
use warnings;

package BST;
sub new { bless { root => undef, size => 0 }, shift }
sub insert {
    my ($self, $k) = @_;
    my $ref = \$self->{root};
    while ($$ref) {
        return 0 if $$ref->{k} == $k;
        $ref = $k < $$ref->{k} ? \$$ref->{l} : \$$ref->{r};
    }
    $$ref = { k => $k };
    $self->{size}++;
    return 1;
}
sub contains {
    my ($self, $k) = @_;
    my $n = $self->{root};
    while ($n) { return 1 if $n->{k} == $k; $n = $k < $n->{k} ? $n->{l} : $n->{r} }
    return 0;
}
sub _delete {
    my ($n, $k) = @_;
    return undef unless $n;
    if ($k < $n->{k}) { $n->{l} = _delete($n->{l}, $k) }
    elsif ($k > $n->{k}) { $n->{r} = _delete($n->{r}, $k) }
    else {
        return $n->{r} unless $n->{l};
        return $n->{l} unless $n->{r};
        my $m = $n->{r};
        $m = $m->{l} while $m->{l};
        $n->{k} = $m->{k};
        $n->{r} = _delete($n->{r}, $m->{k});
    }
    return $n;
}
sub delete { my ($s, $k) = @_; return 0 unless $s->contains($k); $s->{root} = _delete($s->{root}, $k); $s->{size}--; 1 }
sub inorder { my ($s) = @_; my @o; my $w; $w = sub { my $n = shift or return; $w->($n->{l}); push @o, $n->{k}; $w->($n->{r}) }; $w->($s->{root}); @o }
sub preorder { my @o; my @st = ($_[0]{root}); while (my $n = pop @st) { push @o, $n->{k}; push @st, grep { $_ } $n->{r}, $n->{l} } @o }
sub levels {
    my $s = shift;
    my @out; my @q = $s->{root} ? ([$s->{root}, 0]) : ();
    while (my $p = shift @q) { my ($n, $d) = @$p; push @{ $out[$d] }, $n->{k}; push @q, map { [$_, $d + 1] } grep { $_ } $n->{l}, $n->{r} }
    return @out;
}
sub height { my $h; $h = sub { my $n = shift; return 0 unless $n; my ($a, $b) = ($h->($n->{l}), $h->($n->{r})); 1 + ($a > $b ? $a : $b) }; $h->($_[0]{root}) }

package main;
my $t = BST->new;
my @keys = (50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30);
my $added = 0;
$added += $t->insert($_) for @keys;
print "inserted $added of ", scalar(@keys), ", size $t->{size}, height ", $t->height, "\n";
print "inorder:  ", join(" ", $t->inorder), "\n";
print "preorder: ", join(" ", $t->preorder), "\n";
my @lv = $t->levels;
print "level $_: @{$lv[$_]}\n" for 0 .. $#lv;
for my $k (40, 99) { print "contains $k: ", $t->contains($k), "\n" }
for my $k (20, 30, 50, 99) { print "delete $k: ", $t->delete($k), " -> ", join(" ", $t->inorder), "\n" }
print "root now $t->{root}{k}, size $t->{size}, height ", $t->height, "\n";
srand(5);
my $big = BST->new;
$big->insert(int rand 1000) for 1 .. 200;
my @io = $big->inorder;
my $sorted = join(",", @io) eq join(",", sort { $a <=> $b } @io) ? "sorted" : "unsorted";
print "random tree: size $big->{size}, height ", $big->height, ", inorder $sorted\n";
