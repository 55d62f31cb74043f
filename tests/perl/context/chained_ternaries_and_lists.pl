sub grade { my $s = shift; $s >= 90 ? "A" : $s >= 80 ? "B" : $s >= 70 ? "C" : "F" }
print join(" ", map { grade($_) } 95, 85, 75, 50), "\n";
my @list = (1) x 3; my @r = @list ? (@list, "x") : (); print "@r\n";
my ($a, $b) = 1 ? (10, 20) : (30, 40); print "$a $b\n";
