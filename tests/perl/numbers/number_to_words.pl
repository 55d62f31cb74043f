use strict; use warnings;
my @ones = qw(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen);
my @tens = qw(x x twenty thirty forty fifty sixty seventy eighty ninety);
sub words {
    my $n = shift;
    return $ones[$n] if $n < 20;
    return $tens[int($n / 10)] . ($n % 10 ? "-" . $ones[$n % 10] : "") if $n < 100;
    return words(int($n / 100)) . " hundred" . ($n % 100 ? " and " . words($n % 100) : "") if $n < 1000;
    return words(int($n / 1000)) . " thousand" . ($n % 1000 ? " " . words($n % 1000) : "");
}
print words($_), "\n" for 0, 7, 19, 20, 42, 100, 101, 999, 1000, 12345, 99999;
