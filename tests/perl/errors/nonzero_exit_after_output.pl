$| = 1;
print "line $_\n" for 1..3;
exit 42;
