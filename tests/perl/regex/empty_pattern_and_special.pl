"abc" =~ /b/;
my @x = split //, "xyz"; print "@x\n";
print "empty match count: ", scalar(() = "abc" =~ /(?:)/g), "\n";
my @p = "a,b" =~ /(,?)/g; print scalar(@p), "\n";
(my $z = "abc") =~ s//-/g; print "$z\n";
(my $e = "abc") =~ s/x*/-/g; print "$e\n";
