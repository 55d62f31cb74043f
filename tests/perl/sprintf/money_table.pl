my @items = (["Coffee", 3.5, 2], ["Bagel", 2.25, 3], ["Orange juice", 4.1, 1]);
my $total = 0;
for my $i (@items) {
    my ($n, $p, $q) = @$i;
    my $line = $p * $q; $total += $line;
    printf "%-14s %2d x \$%5.2f = \$%6.2f\n", $n, $q, $p, $line;
}
printf "%-14s %19s\n", "", "-" x 8;
printf "%-14s %12s \$%6.2f\n", "TOTAL", "", $total;
printf "%-14s %12s \$%6.2f\n", "TAX 8.25%", "", $total * 0.0825;
