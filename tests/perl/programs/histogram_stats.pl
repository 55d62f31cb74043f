#!/usr/bin/perl
# Descriptive statistics and a text histogram of generated data (seeded), with quartiles and outliers.
use strict;
use warnings;

srand(314);
my @data = map { my $s = 0; $s += rand() for 1 .. 12; sprintf "%.2f", ($s - 6) * 15 + 100 } 1 .. 300;
push @data, 10, 195, 200;

my @sorted = sort { $a <=> $b } @data;
my $n = @sorted;
my $sum = 0; $sum += $_ for @sorted;
my $mean = $sum / $n;
my $var = 0; $var += ($_ - $mean) ** 2 for @sorted; $var /= $n - 1;
my $sd = sqrt $var;
sub quantile { my ($p) = @_; my $pos = ($n - 1) * $p; my $lo = int $pos; my $frac = $pos - $lo; return $lo + 1 < $n ? $sorted[$lo] + $frac * ($sorted[$lo + 1] - $sorted[$lo]) : $sorted[$lo] }
my ($q1, $med, $q3) = map { quantile($_) } 0.25, 0.5, 0.75;
my $iqr = $q3 - $q1;
my @outliers = grep { $_ < $q1 - 1.5 * $iqr || $_ > $q3 + 1.5 * $iqr } @sorted;
my %mode; $mode{ int($_ / 5) * 5 }++ for @sorted;
my ($mode_bin) = sort { $mode{$b} <=> $mode{$a} || $a <=> $b } keys %mode;
my $skew = 0; $skew += (($_ - $mean) / $sd) ** 3 for @sorted; $skew /= $n;

printf "n=%d min=%.2f max=%.2f mean=%.3f sd=%.3f\n", $n, $sorted[0], $sorted[-1], $mean, $sd;
printf "q1=%.2f median=%.2f q3=%.2f iqr=%.2f skew=%.3f\n", $q1, $med, $q3, $iqr, $skew;
printf "mode bin: [%d,%d) with %d values\n", $mode_bin, $mode_bin + 5, $mode{$mode_bin};
print "outliers: @outliers\n";

my $width = 10;
my %bins;
$bins{ int($_ / $width) * $width }++ for @sorted;
my ($max) = sort { $b <=> $a } values %bins;
for my $b (sort { $a <=> $b } keys %bins) {
    printf "%4d-%-4d %4d %s\n", $b, $b + $width - 1, $bins{$b}, '#' x int(50 * $bins{$b} / $max + 0.5);
}
my $within1 = grep { abs($_ - $mean) <= $sd } @sorted;
my $within2 = grep { abs($_ - $mean) <= 2 * $sd } @sorted;
printf "within 1 sd: %.1f%%, within 2 sd: %.1f%%\n", 100 * $within1 / $n, 100 * $within2 / $n;
