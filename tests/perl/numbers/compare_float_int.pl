print 1 == 1.0 ? "eq\n" : "ne\n";
print 0.1 + 0.2 == 0.3 ? "eq\n" : "ne\n";
print abs(0.1 + 0.2 - 0.3) < 1e-9 ? "close\n" : "far\n";
print 9007199254740992 == 9007199254740993 ? "eq\n" : "ne\n";
print 1e16 == 10000000000000000 ? "eq\n" : "ne\n";
print "10" == 10.0 ? "eq\n" : "ne\n";
print((sort { $a <=> $b } 3, 1.5, -2, 10, 2.25)[0], "\n");
