use strict; use warnings;
my @data = (23, 45, 12, 67, 34, 89, 21, 56);
my $sum = 0; $sum += $_ for @data;
my $avg = $sum / @data;
my @s = sort { $a <=> $b } @data;
my $median = @s % 2 ? $s[$#s/2] : ($s[@s/2 - 1] + $s[@s/2]) / 2;
my $var = 0; $var += ($_ - $avg) ** 2 for @data; $var /= @data;
printf "sum=%d avg=%.3f median=%s min=%d max=%d sd=%.4f\n", $sum, $avg, $median, $s[0], $s[-1], sqrt($var);
