#!/usr/bin/perl
# A binary min-heap priority queue used for task scheduling and heap sort.
use strict;
use warnings;

package Heap;
sub new { my ($c, $cmp) = @_; bless { a => [], cmp => $cmp // sub { $_[0] <=> $_[1] } }, $c }
sub size { scalar @{ $_[0]{a} } }
sub push {
    my ($s, $v) = @_;
    my $a = $s->{a};
    push @$a, $v;
    my $i = $#$a;
    while ($i > 0) {
        my $p = int(($i - 1) / 2);
        last if $s->{cmp}->($a->[$p], $a->[$i]) <= 0;
        @$a[$p, $i] = @$a[$i, $p];
        $i = $p;
    }
}
sub pop {
    my $s = shift;
    my $a = $s->{a};
    return undef unless @$a;
    my $top = $a->[0];
    my $last = pop @$a;
    if (@$a) {
        $a->[0] = $last;
        my $i = 0;
        while (1) {
            my ($l, $r, $m) = (2 * $i + 1, 2 * $i + 2, $i);
            $m = $l if $l < @$a && $s->{cmp}->($a->[$l], $a->[$m]) < 0;
            $m = $r if $r < @$a && $s->{cmp}->($a->[$r], $a->[$m]) < 0;
            last if $m == $i;
            @$a[$m, $i] = @$a[$i, $m];
            $i = $m;
        }
    }
    return $top;
}
sub peek { $_[0]{a}[0] }

package main;
my $h = Heap->new;
$h->push($_) for 5, 3, 8, 1, 9, 2, 7;
my @out;
while (defined(my $v = $h->pop)) { push @out, $v }
print "heap order: @out\n";

my $seq = 0;
my $tasks = Heap->new(sub { $_[0]{pri} <=> $_[1]{pri} || $_[0]{seq} <=> $_[1]{seq} });
for my $t (["write report", 2], ["fix prod bug", 0], ["lunch", 3], ["code review", 2], ["reply email", 1], ["deploy", 0]) {
    $tasks->push({ name => $t->[0], pri => $t->[1], seq => $seq++ });
}
print "next up: ", $tasks->peek->{name}, "\n";
my $clock = 0;
while ($tasks->size) {
    my $t = $tasks->pop;
    $clock += 10 * ($t->{pri} + 1);
    printf "t=%3d  [p%d] %s\n", $clock, $t->{pri}, $t->{name};
}
srand(99);
my @nums = map { int rand 1000 } 1 .. 50;
my $hs = Heap->new;
$hs->push($_) for @nums;
my @sorted = map { $hs->pop } 1 .. @nums;
print "heap sort matches sort: ", (join(",", @sorted) eq join(",", sort { $a <=> $b } @nums) ? "yes" : "no"), "\n";
print "smallest five: @sorted[0..4]\n";
my $maxh = Heap->new(sub { $_[1] <=> $_[0] });
$maxh->push($_) for @nums;
print "largest three: ", join(" ", map { $maxh->pop } 1 .. 3), "\n";
