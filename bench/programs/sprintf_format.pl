# sprintf with integers, floats, padding and strings.
use strict;
use warnings;

my $n = shift // 900_000;
my $len = 0;
my $last = '';
for my $i (1 .. $n) {
    my $s = sprintf "%05d|%-8s|%8.3f|%x|%e|%s", $i, "n$i", $i / 7, $i, $i * 1.5, $i % 3 ? "odd" : "even";
    $len += length $s;
    $last = $s;
}
my $table = join "\n", map { sprintf "%-10s %6.2f%%", "row$_", $_ * 100 / 37 } 1 .. 2000;
print "checksum $len ", length($table), " $last\n";
