my @names = ("bob", "Alice", "carol", "Dave");
print join(" ", sort @names), "\n";
print join(" ", sort { lc($a) cmp lc($b) } @names), "\n";
print "equal ignoring case\n" if lc("HeLLo") eq lc("hello");
use feature 'fc';
print fc("Straße"), "\n";
