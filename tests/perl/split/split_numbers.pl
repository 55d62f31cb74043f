my @n = split /\D+/, "a12b345c6"; print join(",", @n), "\n";
my $sum = 0; $sum += $_ for split /,/, "1,2,3,4"; print "$sum\n";
my @m = grep { length } split /\D+/, "a12b345c6"; print join(",", @m), "\n";
my ($int, $frac) = split /\./, 3.25; print "$int $frac\n";
