my $x = do { 1; 2; 3 };
print "$x\n";
my @l = do { (1, 2) };
print "@l\n";
my $v = do { if (0) { "a" } else { "b" } };
print "$v\n";
unless (1) { print "no\n" } elsif (1) { print "elsif in unless\n" }
my $r = do { local $_ = "abc"; tr/a-c/A-C/; $_ };
print "$r\n";
