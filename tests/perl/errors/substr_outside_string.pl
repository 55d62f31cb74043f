use warnings;
my $s = "abc";
my $r = substr($s, 10, 1);
print defined $r ? "def\n" : "undef\n";
substr($s, 10, 1) = "x";
print "not reached\n";
