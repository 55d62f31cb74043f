print "abc;
