my @args = ("x", 5, 2.5);
my $s = sprintf "%s-%d-%.1f", @args;
print "$s\n";
my $fmt = "%s=%s;";
print sprintf($fmt x 2, a => 1, b => 2), "\n";
printf "%s\n", join ",", map { sprintf "%03d", $_ } 1, 22, 333;
