my @w = qw(banana Apple cherry apple 10 9 100);
print join(" ", sort @w), "\n";
print "abc" lt "abd" ? 1 : 0, "abc" gt "ab" ? 1 : 0, "a" le "a" ? 1 : 0, "b" ge "c" ? 1 : 0, "\n";
print "" lt "a" ? "empty first\n" : "no\n";
print "Z" lt "a" ? "upper first\n" : "no\n";
print join(",", map { $_ cmp "m" } qw(a m z)), "\n";
