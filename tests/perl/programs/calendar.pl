#!/usr/bin/perl
# Prints month calendars computed from fixed dates (no clock), with day-of-week math.
use strict;
use warnings;

my @months = qw(January February March April May June July August September October November December);
sub is_leap { my $y = shift; ($y % 4 == 0 && $y % 100 != 0) || $y % 400 == 0 }
sub days_in { my ($y, $m) = @_; return (31, is_leap($y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[$m - 1] }
sub dow {    # Zeller-like: 0 = Sunday
    my ($y, $m, $d) = @_;
    my @t = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4);
    $y-- if $m < 3;
    return ($y + int($y / 4) - int($y / 100) + int($y / 400) + $t[$m - 1] + $d) % 7;
}

sub month_text {
    my ($y, $m) = @_;
    my $title = "$months[$m - 1] $y";
    my $pad = int((20 - length $title) / 2);
    my $out = (' ' x $pad) . $title . "\n" . "Su Mo Tu We Th Fr Sa\n";
    my $first = dow($y, $m, 1);
    my @cells = (('  ') x $first, map { sprintf "%2d", $_ } 1 .. days_in($y, $m));
    while (my @week = splice(@cells, 0, 7)) { $out .= join(' ', @week) . "\n" }
    return $out;
}

print month_text(2024, 2), "\n";
print month_text(2023, 10), "\n";
print month_text(2000, 1), "\n";

for my $y (1900, 2000, 2023, 2024, 2100) {
    printf "%d: %s, %d days\n", $y, is_leap($y) ? "leap" : "common", is_leap($y) ? 366 : 365;
}
my @names = qw(Sunday Monday Tuesday Wednesday Thursday Friday Saturday);
for my $d ([1969, 7, 20], [2000, 1, 1], [2024, 12, 25], [1970, 1, 1]) {
    printf "%04d-%02d-%02d was a %s\n", @$d, $names[dow(@$d)];
}
my $f13 = 0;
for my $y (2020 .. 2029) { for my $m (1 .. 12) { $f13++ if dow($y, $m, 13) == 5 } }
print "Friday the 13ths in the 2020s: $f13\n";
my ($y, $m, $d, $count) = (2024, 1, 1, 0);
while ($count < 100) { $d++; $count++; if ($d > days_in($y, $m)) { $d = 1; $m++; if ($m > 12) { $m = 1; $y++ } } }
printf "100 days after 2024-01-01 is %04d-%02d-%02d\n", $y, $m, $d;
my @gm = gmtime(86400 * 19723);
printf "gmtime check: %04d-%02d-%02d %s\n", $gm[5] + 1900, $gm[4] + 1, $gm[3], $names[$gm[6]];
