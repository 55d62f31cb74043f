print length(12345), "\n";
print substr(3.14159, 0, 4), "\n";
print 1 . 2 + 3, "\n";
print "9" + 1 . "0", "\n";
print reverse(123) + 0, "\n";
print scalar reverse(123), "\n";
print join("-", split //, 2**10), "\n";
print index(1000, 0), "\n";
print uc(1e3), "\n";
