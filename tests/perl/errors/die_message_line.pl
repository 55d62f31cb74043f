print "before\n";
die "fatal error";
print "never\n";
