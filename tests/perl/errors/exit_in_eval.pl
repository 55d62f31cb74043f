eval { print "in eval\n"; exit 4; };
print "not reached\n";
