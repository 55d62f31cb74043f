sub finish { print "finishing\n"; exit 0; print "never\n" }
END { print "END block runs\n" }
print "start\n";
finish();
print "not reached\n";
