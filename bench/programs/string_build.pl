# String building with substr/index/concatenation and reverse.
use strict;
use warnings;

my $rounds = shift // 4_000_000;
my $s = '';
my $found = 0;
for my $i (1 .. $rounds) {
    $s .= chr(97 + $i % 26) x (1 + $i % 3);
    $s .= $i;
    if (length $s > 2000) {
        $found += index($s, "xyz") >= 0 ? 1 : 0;
        $found += rindex($s, "9") % 7;
        substr($s, 0, 1000) = uc substr($s, 0, 10);
    }
}
my $r = reverse $s;
my $words = join ",", map { substr($r, $_ * 3, 3) } 0 .. 200;
print "checksum ", length($s), " $found ", length($words), " ", substr($words, 0, 20), "\n";
