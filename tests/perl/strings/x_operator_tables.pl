my @widths = (5, 8, 3);
my $sep = "+" . join("+", map { "-" x $_ } @widths) . "+";
print "$sep\n";
printf "|%-5s|%-8s|%-3s|\n", qw(id name age);
print "$sep\n";
printf "|%5d|%-8s|%3d|\n", @$_ for [1, "ann", 31], [22, "bartholo", 7];
print "$sep\n";
