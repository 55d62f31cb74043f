print "unterminated;
