use warnings;
my $s = sprintf("%s and %s", "one");
print "$s\n";
