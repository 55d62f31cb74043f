my @nums = grep { /^-?\d+(\.\d+)?$/ } map { chomp; $_ } <STDIN>;
my $sum = 0; $sum += $_ for @nums;
printf "n=%d sum=%g avg=%.3f\n", scalar @nums, $sum, @nums ? $sum / @nums : 0;
