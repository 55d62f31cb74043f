$| = 1;
print "one\n";
system("echo two");
print "three\n";
STDOUT->autoflush(1);
print "four\n";
