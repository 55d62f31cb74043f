warn "a", "b", "\n";
warn;
$@ = "previous error\n"; warn;
print "done\n";
