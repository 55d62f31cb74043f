#!/usr/bin/perl
# Pivot-table style report from tab-separated sales data: totals by region x quarter, rankings.
use strict;
use warnings;

my (%pivot, %region_total, %quarter_total, %product, $grand);
my $header = <DATA>;
chomp $header;
my @cols = split /\t/, $header;
while (my $line = <DATA>) {
    chomp $line;
    next unless $line =~ /\S/;
    my %r;
    @r{@cols} = split /\t/, $line;
    my ($y, $m) = split /-/, $r{date};
    my $q = "Q" . (int(($m - 1) / 3) + 1);
    my $amount = $r{units} * $r{price};
    $pivot{ $r{region} }{$q} += $amount;
    $region_total{ $r{region} } += $amount;
    $quarter_total{$q} += $amount;
    $product{ $r{product} }{units} += $r{units};
    $product{ $r{product} }{revenue} += $amount;
    $grand += $amount;
}
my @quarters = sort keys %quarter_total;
printf "%-8s" . (" %10s" x @quarters) . " %11s\n", "region", @quarters, "total";
for my $reg (sort { $region_total{$b} <=> $region_total{$a} } keys %region_total) {
    printf "%-8s" . (" %10.2f" x @quarters) . " %11.2f\n", $reg, (map { $pivot{$reg}{$_} // 0 } @quarters), $region_total{$reg};
}
printf "%-8s" . (" %10.2f" x @quarters) . " %11.2f\n", "total", @quarter_total{@quarters}, $grand;
print "\nProducts by revenue:\n";
my $rank = 0;
for my $p (sort { $product{$b}{revenue} <=> $product{$a}{revenue} || $a cmp $b } keys %product) {
    printf "%d. %-10s %4d units %10.2f (%5.1f%%)\n", ++$rank, $p, $product{$p}{units}, $product{$p}{revenue}, 100 * $product{$p}{revenue} / $grand;
}
my ($best_q) = sort { $quarter_total{$b} <=> $quarter_total{$a} } @quarters;
print "\nBest quarter: $best_q\n";
my @growth;
for my $i (1 .. $#quarters) {
    my ($prev, $cur) = @quarter_total{ @quarters[$i - 1, $i] };
    push @growth, sprintf "%s->%s %+.1f%%", $quarters[$i - 1], $quarters[$i], 100 * ($cur - $prev) / $prev;
}
print "Growth: ", join("; ", @growth), "\n";
__DATA__
date	region	product	units	price
2023-01-15	north	widget	10	2.50
2023-02-03	south	gadget	3	19.99
2023-03-22	north	gizmo	7	5.25
2023-04-10	east	widget	25	2.50
2023-05-05	south	widget	12	2.50
2023-06-30	north	gadget	2	19.99
2023-07-14	east	gizmo	11	5.25
2023-08-08	south	gadget	5	19.99
2023-09-19	north	widget	40	2.40
2023-10-01	east	gadget	4	19.99
2023-11-11	south	gizmo	9	5.25
2023-12-24	north	gadget	8	18.50
