print "start\n";
die "no line number\n";
