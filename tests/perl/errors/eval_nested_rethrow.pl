eval { eval { die "level 1\n" }; print "inner caught: $@"; die "level 2: $@" };
print "outer caught: $@";
eval { eval { die "x\n" }; die };
print "rethrow bare: $@";
eval { $@ = "prev\n"; die };
print "die with prev: $@";
print "ok\n";
