# Float kernel: Mandelbrot set membership over a grid.
use strict;
use warnings;

my $size = shift // 400;
my $iter = 50;
my ($inside, $total_iters) = (0, 0);
for my $y (0 .. $size - 1) {
    my $ci = 2.0 * $y / $size - 1.0;
    for my $x (0 .. $size - 1) {
        my $cr = 2.0 * $x / $size - 1.5;
        my ($zr, $zi, $i) = (0.0, 0.0, 0);
        while ($i < $iter && $zr * $zr + $zi * $zi <= 4.0) {
            ($zr, $zi) = ($zr * $zr - $zi * $zi + $cr, 2.0 * $zr * $zi + $ci);
            $i++;
        }
        $total_iters += $i;
        $inside++ if $i == $iter;
    }
}
print "checksum $inside $total_iters\n";
