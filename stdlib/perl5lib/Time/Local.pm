# Caravan's own Time::Local: the inverse of gmtime/localtime (date fields -> epoch seconds),
# with perl's year conventions (_modern: real years; _posix: years since 1900; plain:
# two-digit years roll within 50 years of now) and range checks.
package Time::Local;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.30';
our @EXPORT = qw(timegm timelocal);
our @EXPORT_OK = qw(timegm_nocheck timelocal_nocheck timegm_modern timelocal_modern
    timegm_posix timelocal_posix);

use constant SECS_PER_DAY => 86400;
use constant SECS_PER_HOUR => 3600;

my @month_days = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);

sub _croak { require Carp; Carp::croak(@_) }

sub _is_leap {
    my ($y) = @_;
    return ($y % 4 == 0 && $y % 100 != 0) || $y % 400 == 0;
}

# Day number of a date counting in March-based years like the original (so an unchecked
# month 12 behaves as January of the same year, as perl's does).
sub _day_number {
    my ($year, $month, $mday) = @_;
    my $m = ($month + 10) % 12;
    my $y = $year - int($m / 10);
    return 365 * $y + int($y / 4) - int($y / 100) + int($y / 400) + int(($m * 306 + 5) / 10) + $mday;
}

my $EPOCH_DAY = _day_number(1970, 0, 1);

sub _days_since_epoch { _day_number(@_) - $EPOCH_DAY }

sub _full_year {
    my ($year) = @_;
    if ($year >= 1000) { return $year }
    if ($year >= 100) { return $year + 1900 }
    my $this_year = (localtime)[5];
    my $breakpoint = ($this_year + 50) % 100;
    my $next_century = $this_year - $this_year % 100;
    $next_century += 100 if $breakpoint < 50;
    my $century = $next_century - 100;
    return $year + ($year > $breakpoint ? $century : $next_century) + 1900;
}

sub _check {
    my ($sec, $min, $hour, $mday, $month, $year) = @_;
    _croak("Month '$month' out of range 0..11") if $month > 11 || $month < 0;
    my $md = $month_days[$month];
    $md++ if $month == 1 && _is_leap($year);
    _croak("Day '$mday' out of range 1..$md") if $mday > $md || $mday < 1;
    _croak("Hour '$hour' out of range 0..23") if $hour > 23 || $hour < 0;
    _croak("Minute '$min' out of range 0..59") if $min > 59 || $min < 0;
    _croak("Second '$sec' out of range 0..59") if $sec >= 60 || $sec < 0;
}

sub _gm {
    my ($check, $sec, $min, $hour, $mday, $month, $year) = @_;
    _check($sec, $min, $hour, $mday, $month, $year) if $check;
    my $days = _days_since_epoch($year, $month, $mday);
    return $sec + SECS_PER_HOUR * $hour + 60 * $min + SECS_PER_DAY * $days;
}

sub timegm          { _gm(1, @_[0 .. 4], _full_year($_[5])) }
sub timegm_nocheck  { _gm(0, @_[0 .. 4], _full_year($_[5])) }
sub timegm_modern   { _gm(1, @_[0 .. 5]) }
sub timegm_posix    { _gm(1, @_[0 .. 4], $_[5] + 1900) }

# Finds the epoch second whose localtime() shows the given fields, coping with DST changes.
sub _local {
    my ($gm_sub, @fields) = @_;
    my $ref_t = $gm_sub->(@fields);
    my $zone_off = _gm(0, (localtime($ref_t))[0 .. 4], (localtime($ref_t))[5] + 1900) - $ref_t;
    return $ref_t unless $zone_off;
    my $loc_t = $ref_t - $zone_off;
    my @lt = localtime($loc_t);
    my $dst_off = $ref_t - _gm(0, @lt[0 .. 4], $lt[5] + 1900);
    if (!$dst_off) {
        my @prev = localtime($loc_t - SECS_PER_HOUR);
        if (($ref_t - SECS_PER_HOUR) - _gm(0, @prev[0 .. 4], $prev[5] + 1900) < 0) {
            return $loc_t - SECS_PER_HOUR;
        }
    }
    $loc_t += $dst_off;
    return $loc_t if $dst_off > 0;
    my ($s, $m, $h) = localtime($loc_t);
    $loc_t -= $dst_off if $s != $fields[0] || $m != $fields[1] || $h != $fields[2];
    return $loc_t;
}

sub timelocal         { _local(\&timegm, @_) }
sub timelocal_nocheck { _local(\&timegm_nocheck, @_) }
sub timelocal_modern  { _local(\&timegm_modern, @_) }
sub timelocal_posix   { _local(\&timegm_posix, @_) }

1;
