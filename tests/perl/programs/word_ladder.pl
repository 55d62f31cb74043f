#!/usr/bin/perl
# Word ladder: shortest transformation between words by BFS over a generated neighbour graph.
use strict;
use warnings;

my @words = qw(cold cord card ward warm word worm wore core care dare date gate game came cane lane line fine fire fore more mare male mile mild wild will wall tall tell tale take make mate);
my %dict = map { $_ => 1 } @words;
my %buckets;
for my $w (@words) { for my $i (0 .. length($w) - 1) { (my $k = $w) =~ s/^(.{$i})./$1_/; push @{ $buckets{$k} }, $w } }
sub neighbours { my $w = shift; my %n; for my $i (0 .. length($w) - 1) { (my $k = $w) =~ s/^(.{$i})./$1_/; $n{$_} = 1 for grep { $_ ne $w } @{ $buckets{$k} } } sort keys %n }

sub ladder {
    my ($from, $to) = @_;
    return "unknown word" unless $dict{$from} && $dict{$to};
    my %prev = ($from => undef);
    my @queue = ($from);
    while (@queue) {
        my $w = shift @queue;
        if ($w eq $to) { my @p; for (my $x = $to; defined $x; $x = $prev{$x}) { unshift @p, $x } return @p }
        for my $n (neighbours($w)) { next if exists $prev{$n}; $prev{$n} = $w; push @queue, $n }
    }
    return;
}

for my $pair ([qw(cold warm)], [qw(card fire)], [qw(game line)], [qw(wild tall)], [qw(take mild)], [qw(cold cold)], [qw(cold xyzw)]) {
    my @p = ladder(@$pair);
    print "$pair->[0] -> $pair->[1]: ", (@p > 1 || (@p == 1 && $p[0] eq $pair->[1]) ? join(" > ", @p) . " (" . (@p - 1) . " steps)" : @p ? $p[0] : "no ladder"), "\n";
}
my %degree = map { my @n = neighbours($_); ($_ => scalar @n) } @words;
my @hubs = (sort { $degree{$b} <=> $degree{$a} || $a cmp $b } @words)[0 .. 4];
print "most connected: ", join(", ", map { "$_($degree{$_})" } @hubs), "\n";
my @isolated = grep { !$degree{$_} } sort @words;
print "isolated: ", (@isolated ? "@isolated" : "none"), "\n";
my %seen; my @components;
for my $w (sort @words) { next if $seen{$w}; my @stack = ($w); my @comp; while (my $x = pop @stack) { next if $seen{$x}++; push @comp, $x; push @stack, neighbours($x) } push @components, [sort @comp] }
printf "%d components, largest has %d words\n", scalar @components, (sort { $b <=> $a } map { scalar @$_ } @components)[0];
