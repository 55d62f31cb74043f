my @a = (1, 2, 3);
sub out { print @_; print "\n" }
{ local $, = "-"; out(@a); }
out(@a);
{ local $" = "+"; print "@a\n"; }
print "@a\n";
{ local $/ = undef; print defined $/ ? "def\n" : "undef RS\n"; }
print $/ eq "\n" ? "RS restored\n" : "broken\n";
{ local $| = 1; print "autoflush $|\n"; } print "autoflush $|\n";
{ local $0 = "renamed"; print "$0\n"; }
