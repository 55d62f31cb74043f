sub f { die sprintf("Error %d at step %s\n", 404, "fetch") }
eval { f() };
print "msg: $@";
exit(($@ =~ /(\d+)/)[0] % 256);
