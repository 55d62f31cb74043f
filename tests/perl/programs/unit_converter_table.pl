#!/usr/bin/perl
# Unit conversion through base units, with parsing of quantity strings and formatted tables.
use strict;
use warnings;

my %units = (
    length => { base => 'm', m => 1, km => 1000, cm => 0.01, mm => 0.001, mi => 1609.344, yd => 0.9144, ft => 0.3048, in => 0.0254 },
    mass   => { base => 'kg', kg => 1, g => 0.001, lb => 0.45359237, oz => 0.028349523125, t => 1000 },
    time   => { base => 's', s => 1, min => 60, h => 3600, d => 86400, wk => 604800 },
);
my %kind_of;
for my $k (keys %units) { $kind_of{$_} = $k for grep { $_ ne 'base' } keys %{ $units{$k} } }

sub convert {
    my ($qty, $to) = @_;
    my ($v, $from) = $qty =~ /^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*([a-z]+)\s*$/i or die "cannot parse '$qty'\n";
    my $kf = $kind_of{$from} or die "unknown unit '$from'\n";
    my $kt = $kind_of{$to} or die "unknown unit '$to'\n";
    die "cannot convert $kf ($from) to $kt ($to)\n" unless $kf eq $kt;
    return $v * $units{$kf}{$from} / $units{$kt}{$to};
}
sub temp { my ($v, $f, $t) = @_; my $c = $f eq 'C' ? $v : $f eq 'F' ? ($v - 32) * 5 / 9 : $v - 273.15; return $t eq 'C' ? $c : $t eq 'F' ? $c * 9 / 5 + 32 : $c + 273.15 }

for my $req (["1 mi", "km"], ["5 ft", "cm"], ["10 km", "mi"], ["3 lb", "g"], ["1 wk", "h"], ["90 min", "h"], ["2.5 t", "lb"], ["1 kg", "km"], ["7 parsecs", "m"], ["abc", "m"]) {
    my $r = eval { convert(@$req) };
    printf "%-10s -> %-4s %s\n", @$req, defined $r ? sprintf("%.4f", $r) : "error: " . ($@ =~ s/\n//r);
}
print "\n";
printf "%8s %8s %8s\n", qw(C F K);
printf "%8.1f %8.1f %8.2f\n", $_, temp($_, 'C', 'F'), temp($_, 'C', 'K') for -40, 0, 37, 100;
print "\nlength table (rows in cols):\n";
my @l = qw(mm cm in ft m);
printf "%6s" . ("%12s" x @l) . "\n", '', @l;
for my $r (@l) { printf "%6s" . ("%12.6g" x @l) . "\n", $r, map { convert("1 $r", $_) } @l }
