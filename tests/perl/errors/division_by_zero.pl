my $x = 0;
print "about to divide\n";
my $y = 10 / $x;
