my @e;
print "pop: ", (defined pop @e ? "def" : "undef"), " shift: ", (defined shift @e ? "def" : "undef"), "\n";
print "max index: $#e, size: ", scalar(@e), "\n";
print "join: [", join(",", @e), "] reverse: [", join(",", reverse @e), "] sort: [", join(",", sort @e), "]\n";
my @r = splice(@e, 0); print "splice: ", scalar(@r), "\n";
print "grep count: ", scalar(grep { 1 } @e), "\n";
