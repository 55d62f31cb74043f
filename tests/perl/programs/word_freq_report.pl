#!/usr/bin/perl
# Word frequency with stop words, per-line statistics and a histogram, from __DATA__.
use strict;
use warnings;

my %stop = map { $_ => 1 } qw(a an the and or of to in is it that was for on with as by);
my (%freq, %first_line, @line_lengths);
my ($words_total, $lineno) = (0, 0);

while (my $line = <DATA>) {
    $lineno++;
    chomp $line;
    push @line_lengths, length $line;
    for my $w (map { lc } $line =~ /([A-Za-z']+)/g) {
        $w =~ s/^'+|'+$//g;
        next if $w eq '' || $stop{$w};
        $words_total++;
        $freq{$w}++;
        $first_line{$w} //= $lineno;
    }
}

my @sorted = sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %freq;
printf "%d lines, %d significant words, %d distinct\n", $lineno, $words_total, scalar @sorted;
my $longest = (sort { length($b) <=> length($a) || $a cmp $b } @sorted)[0];
print "longest word: $longest\n";
my $avg = 0; $avg += $_ for @line_lengths; $avg /= @line_lengths;
printf "average line length: %.2f\n", $avg;
print "\nTop words:\n";
for my $w (@sorted[0 .. 7]) {
    printf "%-10s %2d %-12s first on line %d\n", $w, $freq{$w}, '*' x $freq{$w}, $first_line{$w};
}
my %by_len;
$by_len{ length $_ }++ for @sorted;
print "\nWord length distribution:\n";
printf "%2d: %s\n", $_, '=' x $by_len{$_} for sort { $a <=> $b } keys %by_len;
my @once = grep { $freq{$_} == 1 } @sorted;
printf "\n%d hapax legomena, e.g. %s\n", scalar @once, join(", ", (sort @once)[0 .. 4]);
__DATA__
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way --
in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for evil,
in the superlative degree of comparison only.
