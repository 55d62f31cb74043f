use warnings;
my $x;
my $y = $x + 1;
print "y=$y\n";
