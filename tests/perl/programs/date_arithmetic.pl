#!/usr/bin/perl
# Date arithmetic with epoch seconds and gmtime only (deterministic): parsing, adding, differences, weekdays.
use strict;
use warnings;
use Time::Local qw(timegm);

my @days = qw(Sun Mon Tue Wed Thu Fri Sat);
my @mon = qw(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec);

sub parse_date {
    my $s = shift;
    my ($y, $m, $d, $H, $M, $S) = $s =~ /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?$/ or die "bad date '$s'\n";
    my $t = eval { timegm($S // 0, $M // 0, $H // 0, $d, $m - 1, $y) };
    die "invalid date '$s'\n" unless defined $t;
    return $t;
}
sub fmt { my $t = shift; my @g = gmtime $t; sprintf "%s %04d-%02d-%02d %02d:%02d:%02d", $days[$g[6]], $g[5] + 1900, $g[4] + 1, $g[3], $g[2], $g[1], $g[0] }
sub add_months {
    my ($t, $n) = @_;
    my @g = gmtime $t;
    my $m = $g[4] + $n;
    my $y = $g[5] + 1900 + int($m / 12) - ($m < 0 && $m % 12 ? 1 : 0);
    $m %= 12;
    my @dim = (31, ($y % 4 == 0 && ($y % 100 || $y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
    my $d = $g[3] > $dim[$m] ? $dim[$m] : $g[3];
    return timegm($g[0], $g[1], $g[2], $d, $m, $y);
}
sub duration { my $s = shift; my @parts; for ([86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']) { my $n = int($s / $_->[0]); $s -= $n * $_->[0]; push @parts, "$n$_->[1]" if $n } @parts ? join(' ', @parts) : '0s' }

my $t = parse_date("2024-01-31T09:30:00");
print "start:        ", fmt($t), "\n";
print "+1 month:     ", fmt(add_months($t, 1)), "\n";
print "+13 months:   ", fmt(add_months($t, 13)), "\n";
print "-2 months:    ", fmt(add_months($t, -2)), "\n";
print "+90 days:     ", fmt($t + 90 * 86400), "\n";
print "+36h 15m:     ", fmt($t + 36 * 3600 + 15 * 60), "\n";
my $u = parse_date("2024-12-25 18:00");
print "until xmas:   ", duration($u - $t), " (", int(($u - $t) / 86400), " days)\n";
for my $s ("2023-02-29", "2024-02-29", "2024-13-01", "not a date") {
    my $r = eval { fmt(parse_date($s)) };
    print "parse $s: ", $r // "error: " . ($@ =~ s/\n//r), "\n";
}
my $d = parse_date("2024-03-01");
my @business;
while (@business < 5) { my $wd = (gmtime $d)[6]; push @business, fmt($d) =~ s/ 00:00:00//r if $wd != 0 && $wd != 6; $d += 86400 }
print "first 5 business days of March 2024: ", join(", ", @business), "\n";
my %per_weekday;
for (my $x = parse_date("2024-01-01"); $x < parse_date("2025-01-01"); $x += 86400) { $per_weekday{ (gmtime $x)[6] }++ }
print "weekdays in 2024: ", join(" ", map { "$days[$_]=$per_weekday{$_}" } 0 .. 6), "\n";
print "epoch 0: ", fmt(0), "; 2^31-1: ", fmt(2**31 - 1), "\n";
