END { print "END runs, status $?\n"; $? = 7; }
print "main\n";
exit 0;
