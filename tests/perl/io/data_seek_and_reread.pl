my $pos = tell(DATA);
my $first = <DATA>;
print "first: $first";
seek(DATA, $pos, 0);
my @all = <DATA>;
print "reread count: ", scalar(@all), "\n";
__DATA__
one
two
three
