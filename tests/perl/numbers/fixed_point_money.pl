my @prices = (19.99, 5.01, 0.1, 0.2, 100.005);
my $cents = 0; $cents += int($_ * 100 + 0.5) for @prices;
printf "total: %d.%02d\n", int($cents / 100), $cents % 100;
my $float = 0; $float += $_ for @prices; printf "float total: %.2f (%.10f)\n", $float, $float;
printf "split 3 ways: %.2f each, remainder %d cents\n", int($cents / 3) / 100, $cents % 3;
