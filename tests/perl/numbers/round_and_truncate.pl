for my $n (2.5, 3.5, -2.5, 1.45, 1.55, 0.049999) {
    my $r = sprintf("%.0f", $n);
    my $r1 = sprintf("%.1f", $n);
    my $half_up = int($n + 0.5 * ($n <=> 0));
    print "$n: $r $r1 $half_up\n";
}
use POSIX qw(floor ceil fmod);
print floor(-2.5), " ", ceil(-2.5), " ", floor(2.5), " ", ceil(2.5), " ", fmod(7, 3), "\n";
