#!/usr/bin/perl
# Conway's game of life on a small torus, printing generations and detecting a cycle.
use strict;
use warnings;

my @start = (
    '..........',
    '...#......',
    '....#.....',
    '..###.....',
    '..........',
    '......##..',
    '......##..',
    '..........',
);
my $rows = @start;
my $cols = length $start[0];
my @grid = map { [ map { $_ eq '#' ? 1 : 0 } split // ] } @start;

sub show {
    my ($g, $gen) = @_;
    my $alive = 0;
    $alive += $_ for map { @$_ } @$g;
    print "generation $gen ($alive alive)\n";
    print join('', map { $_ ? '#' : '.' } @$_), "\n" for @$g;
}

sub step {
    my $g = shift;
    my @n;
    for my $r (0 .. $rows - 1) {
        for my $c (0 .. $cols - 1) {
            my $count = 0;
            for my $dr (-1, 0, 1) {
                for my $dc (-1, 0, 1) {
                    next unless $dr || $dc;
                    $count += $g->[($r + $dr) % $rows][($c + $dc) % $cols];
                }
            }
            $n[$r][$c] = ($count == 3 || ($count == 2 && $g->[$r][$c])) ? 1 : 0;
        }
    }
    return \@n;
}

my %seen;
my $g = \@grid;
for my $gen (0 .. 40) {
    my $key = join '', map { @$_ } @$g;
    if (exists $seen{$key}) {
        print "state at generation $gen repeats generation $seen{$key}\n";
        last;
    }
    $seen{$key} = $gen;
    show($g, $gen) if $gen < 3 || $gen % 10 == 0;
    $g = step($g);
}
my $blinker = [[0,0,0,0,0],[0,0,1,0,0],[0,0,1,0,0],[0,0,1,0,0],[0,0,0,0,0]];
($rows, $cols) = (5, 5);
my $b1 = step($blinker);
my $b2 = step($b1);
print "blinker period 2: ", (join('', map { @$_ } @$b2) eq join('', map { @$_ } @$blinker) ? "yes" : "no"), "\n";
show($b1, 'blinker+1');
