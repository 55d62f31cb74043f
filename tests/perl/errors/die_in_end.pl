END { print "end block ran with \$?=$?\n" }
die "dying\n";
