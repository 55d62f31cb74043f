my %h; my @a;
($h{a}, $a[2]) = (1, 2);
print "$h{a} $a[2] ", scalar(@a), "\n";
my ($x, $y) = (1, 2);
($x > $y ? $x : $y) = 99; print "$x $y\n";
my $s = "hello"; substr($s, 0, 1) =~ tr/a-z/A-Z/; print "$s\n";
my @arr = (1..5); $_ *= 10 for @arr[1, 3]; print "@arr\n";
my %g = (k => 1); $_++ for values %g; print $g{k}, "\n";
local $_ = "abc"; for (substr($_, 1, 1)) { $_ = "X" } print "$_\n";
