print "a"
print "b";
