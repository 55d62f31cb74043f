#!/usr/bin/perl
# Roman numerals both ways, validation, and a table of conversions.
use strict;
use warnings;

my @map = ([1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
           [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']);
my %value = (I => 1, V => 5, X => 10, L => 50, C => 100, D => 500, M => 1000);

sub to_roman {
    my $n = shift;
    die "out of range: $n\n" if $n < 1 || $n > 3999 || $n != int $n;
    my $r = '';
    for my $p (@map) {
        while ($n >= $p->[0]) { $r .= $p->[1]; $n -= $p->[0] }
    }
    return $r;
}

sub from_roman {
    my $s = uc shift;
    die "invalid roman numeral '$s'\n" unless $s =~ /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/ && length $s;
    my $total = 0;
    my @d = map { $value{$_} } split //, $s;
    for my $i (0 .. $#d) {
        if ($i < $#d && $d[$i] < $d[$i + 1]) { $total -= $d[$i] } else { $total += $d[$i] }
    }
    return $total;
}

for my $n (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999) {
    my $r = to_roman($n);
    my $back = from_roman($r);
    printf "%5d => %-15s => %d %s\n", $n, $r, $back, $back == $n ? 'ok' : 'MISMATCH';
}
for my $bad (0, 4000, 2.5) {
    eval { to_roman($bad) };
    print "to_roman($bad): $@";
}
for my $s (qw(mcmxc IIII VX xlii MMXXIV)) {
    my $v = eval { from_roman($s) };
    print defined $v ? "$s = $v\n" : "$s: $@";
}
my $sum = 0;
$sum += from_roman(to_roman($_)) for 1 .. 100;
print "sum 1..100 via roman: $sum\n";
my %len;
$len{ length to_roman($_) }++ for 1 .. 3999;
my ($longest) = sort { $b <=> $a } keys %len;
print "longest numeral has $longest chars ($len{$longest} of them)\n";
print "first numeral with that length: ", to_roman((grep { length(to_roman($_)) == $longest } 1 .. 3999)[0]), "\n";
