#!/usr/bin/perl
# Formats durations, ordinals, clock times and relative times in several human-friendly styles.
use strict;
use warnings;

sub ordinal { my $n = shift; my $s = ($n % 100 >= 11 && $n % 100 <= 13) ? 'th' : (qw(th st nd rd th th th th th th))[$n % 10]; "$n$s" }
sub plural { my ($n, $w) = @_; $n == 1 ? "$n $w" : "$n ${w}s" }
sub human_duration {
    my $s = shift;
    return "just now" if $s < 5;
    my @units = ([31536000, 'year'], [2592000, 'month'], [604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']);
    for my $u (@units) { return plural(int($s / $u->[0]), $u->[1]) . " ago" if $s >= $u->[0] }
}
sub clock12 { my ($h, $m) = @_; my $ampm = $h < 12 ? 'am' : 'pm'; my $hh = $h % 12 || 12; sprintf "%d:%02d %s", $hh, $m, $ampm }
sub words_time {
    my ($h, $m) = @_;
    my @n = qw(twelve one two three four five six seven eight nine ten eleven);
    my @mins = (undef, 'five', 'ten', 'quarter', 'twenty', 'twenty-five', 'half');
    my $r = int(($m + 2) / 5) * 5;
    my $hour = $h % 12;
    return "$n[$hour] o'clock" if $r == 0;
    return "$n[($hour + 1) % 12] o'clock" if $r == 60;
    return "$mins[$r / 5] past $n[$hour]" if $r <= 30;
    return "$mins[(60 - $r) / 5] to $n[($hour + 1) % 12]";
}
sub bytes { my $b = shift; my @u = qw(B KB MB GB TB); my $i = 0; while ($b >= 1024 && $i < $#u) { $b /= 1024; $i++ } $i ? sprintf("%.1f %s", $b, $u[$i]) : "$b B" }

print join(", ", map { ordinal($_) } 1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1000), "\n";
print human_duration($_), "\n" for 0, 30, 61, 3599, 3600, 86400 * 3, 86400 * 9, 86400 * 45, 86400 * 800;
print join(" | ", map { clock12(@$_) } [0, 5], [9, 30], [12, 0], [13, 45], [23, 59]), "\n";
print join(" | ", map { words_time(@$_) } [3, 0], [3, 7], [3, 15], [3, 29], [3, 40], [11, 58], [12, 45]), "\n";
print join(" | ", map { bytes($_) } 0, 512, 1024, 1536, 1048576, 5 * 1024**3 + 1, 2**45), "\n";
my @g = gmtime(1234567890);
printf "The %s of %s, %d at %s\n", ordinal($g[3]), (qw(January February March April May June July August September October November December))[$g[4]], $g[5] + 1900, clock12($g[2], $g[1]);
