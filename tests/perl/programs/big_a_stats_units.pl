use strict;
use warnings;
use List::Util qw(sum min max);
use POSIX qw(floor ceil fmod);

# Sensor statistics from __DATA__: unit normalisation, percentiles, z-scores, histogram.
my %to_celsius = (
    C => sub { $_[0] },
    F => sub { ($_[0] - 32) * 5 / 9 },
    K => sub { $_[0] - 273.15 },
);
my (%series, @rejected);
while (<DATA>) {
    chomp;
    s/#.*//;
    next unless /\S/;
    if (my ($sensor, $val, $unit) = /^\s*(\w+)\s+(-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*([CFK])\s*$/) {
        push @{ $series{$sensor} }, $to_celsius{$unit}->($val);
    } else {
        push @rejected, $.;
    }
}

sub percentile {
    my ($p, @v) = @_;
    @v = sort { $a <=> $b } @v;
    my $rank = $p / 100 * $#v;
    my ($lo, $hi) = (floor($rank), ceil($rank));
    return $v[$lo] + ($v[$hi] - $v[$lo]) * ($rank - $lo);
}
sub stats {
    my @v = @_;
    my $n = @v;
    my $mean = sum(@v) / $n;
    my $var = $n > 1 ? sum(map { ($_ - $mean) ** 2 } @v) / ($n - 1) : 0;
    return { n => $n, mean => $mean, sd => sqrt($var), min => min(@v), max => max(@v),
             p50 => percentile(50, @v), p90 => percentile(90, @v) };
}

my @cols = qw(n mean sd min p50 p90 max);
printf "%-8s" . (" %8s" x @cols) . "\n", 'sensor', @cols;
my %st;
for my $s (sort keys %series) {
    $st{$s} = stats(@{ $series{$s} });
    printf "%-8s %8d" . (" %8.2f" x (@cols - 1)) . "\n", $s, map { $st{$s}{$_} } @cols;
}
my @all = map { @$_ } @series{ sort keys %series };
my $g = stats(@all);
printf "%-8s %8d" . (" %8.2f" x (@cols - 1)) . "\n", 'ALL', map { $g->{$_} } @cols;

print "\nOutliers (|z| > 1.5):\n";
for my $s (sort keys %series) {
    my @z = map { $g->{sd} ? ($_ - $g->{mean}) / $g->{sd} : 0 } @{ $series{$s} };
    my @out = grep { abs($z[$_]) > 1.5 } 0 .. $#z;
    printf "  %-6s %s\n", $s, @out ? join(', ', map { sprintf '#%d=%.1fC(z=%+.2f)', $_ + 1, $series{$s}[$_], $z[$_] } @out) : '-';
}

print "\nHistogram (5C buckets):\n";
my %bucket;
$bucket{ floor($_ / 5) * 5 }++ for @all;
for my $b (sort { $a <=> $b } keys %bucket) {
    printf "  [%4d,%4d) %-12s %2d\n", $b, $b + 5, '*' x $bucket{$b}, $bucket{$b};
}

print "\nConversions:\n";
for my $c (-40, 0, 37, 100) {
    my $f = $c * 9 / 5 + 32;
    printf "  %6.1fC = %6.1fF = %7.2fK  round=%d int=%d fmod7=%.1f\n", $c, $f, $c + 273.15,
        sprintf('%.0f', $f / 7), int($f / 7), fmod($f, 7);
}
my @nums = (0.1 + 0.2, 1e15, 1e16, 2**53, -7 / 2, 10 % 3, -10 % 3, 2**0.5, 1_000_000 * 1_000_000);
print "  numbers: @nums\n";
printf "  hex %s oct %s bin %s -> %d %d %d\n", '0x1F', '0755', '0b101', hex('0x1F'), oct('0755'), oct('0b101');
my @mixed = sort { $a <=> $b || $a cmp $b } qw(10 9 2.5 -1 1e1 010 3);
print "  sorted: @mixed\n";
print "rejected lines: @rejected\n";
__DATA__
# sensor value unit
roof   21.5 C
roof   70.1 F
roof   295.15 K
roof   19 C
cellar 12.25 C
cellar 54 F
cellar  13. C
cellar 2.8e2 K
garage 0 C
garage -3.5 C
garage 40 F
garage 5 C   # after heating
garage 41 C
porch  hot C
porch  18 X
porch  64.4 F
