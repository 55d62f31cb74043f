print "out 1\n";
warn "a warning\n";
print "out 2\n";
warn "warning with line";
print "out 3\n";
