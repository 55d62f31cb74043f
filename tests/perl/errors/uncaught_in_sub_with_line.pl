sub level3 { die "deep problem" }
sub level2 { level3() }
sub level1 { level2() }
print "start\n";
level1();
