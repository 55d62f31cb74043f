#!/usr/bin/perl
# Parses a plain-text ledger with dated entries and categories, reports monthly and category totals.
use strict;
use warnings;

my (@entries, @errors);
my $n = 0;
while (my $line = <DATA>) {
    $n++;
    chomp $line;
    next if $line =~ /^\s*(?:#|$)/;
    if ($line =~ /^(\d{4})-(\d{2})-(\d{2})\s+([-+]?\d+(?:\.\d{1,2})?)\s+(\w+)(?:\s+"([^"]*)")?\s*$/) {
        my ($y, $m, $d, $amt, $cat, $note) = ($1, $2, $3, $4, $5, $6 // '');
        if ($m < 1 || $m > 12 || $d < 1 || $d > 31) { push @errors, "line $n: bad date $y-$m-$d"; next }
        push @entries, { month => "$y-$m", day => $d, amount => $amt, cat => lc $cat, note => $note };
    } else {
        push @errors, "line $n: unparseable: $line";
    }
}
my (%by_month, %by_cat, %month_cat);
for my $e (@entries) {
    $by_month{ $e->{month} }{ $e->{amount} < 0 ? 'out' : 'in' } += $e->{amount};
    $by_cat{ $e->{cat} } += $e->{amount};
    $month_cat{ $e->{month} }{ $e->{cat} } += $e->{amount};
}
print "Month      Income   Expenses    Net   Balance\n";
my $balance = 0;
for my $m (sort keys %by_month) {
    my ($in, $out) = map { $by_month{$m}{$_} // 0 } qw(in out);
    $balance += $in + $out;
    printf "%s %9.2f %9.2f %8.2f %9.2f\n", $m, $in, -$out, $in + $out, $balance;
}
print "\nBy category:\n";
for my $c (sort { $by_cat{$a} <=> $by_cat{$b} || $a cmp $b } keys %by_cat) { printf "  %-10s %9.2f\n", $c, $by_cat{$c} }
my ($big) = sort { $a->{amount} <=> $b->{amount} } @entries;
printf "\nLargest expense: %.2f (%s) on %s-%02d %s\n", -$big->{amount}, $big->{cat}, $big->{month}, $big->{day}, $big->{note} ? "\"$big->{note}\"" : '';
print "Top category per month:\n";
for my $m (sort keys %month_cat) {
    my ($top) = sort { $month_cat{$m}{$a} <=> $month_cat{$m}{$b} || $a cmp $b } grep { $month_cat{$m}{$_} < 0 } keys %{ $month_cat{$m} };
    printf "  %s %s\n", $m, $top // 'none';
}
print "\nErrors:\n", map { "  $_\n" } @errors;
__DATA__
# date amount category note
2024-01-01 2500.00 salary "January pay"
2024-01-03 -850 rent
2024-01-10 -62.35 groceries
2024-01-15 -120.5 utilities "power + water"
2024-01-20 -48.10 groceries
2024-02-01 2500 salary
2024-02-03 -850 rent
2024-02-14 -75.00 dining "valentine"
2024-02-30 -10 groceries
2024-02-18 -130.20 groceries
this line is junk
2024-03-01 2600 salary "raise!"
2024-03-03 -850 rent
2024-03-09 -1200 travel "flights"
2024-03-21 15.75 refund
