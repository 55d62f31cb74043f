$| = 1;
print "out1\n";
print STDERR "err1\n";
print "out2\n";
printf STDERR "%s\n", "err2";
warn "warned\n";
print "out3\n";
