print "exit 256 wraps\n";
exit 257;
