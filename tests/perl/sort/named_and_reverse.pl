sub numerically { $a <=> $b }
sub backwards { $b cmp $a }
my @x = (3, 11, 2);
print join(",", sort numerically @x), "\n";
print join(",", sort backwards qw(a c b)), "\n";
my $by = \&numerically; print join(",", sort $by 9, 8, 10), "\n";
my $name = "backwards"; print join(",", sort $name qw(x z y)), "\n";
print join(",", reverse 1..3), "\n";
my @r = reverse sort { $a <=> $b } 1, 10, 2; print "@r\n";
