use warnings;
my $n = "abc" + 1;
print "$n\n";
