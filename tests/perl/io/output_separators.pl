my @a = (1, 2, 3);
{ local $, = " | "; print @a; print "\n"; }
{ local $\ = "\n"; print "with ORS"; print "again"; }
{ local $" = ""; print "@a\n"; }
{ local ($,, $\) = ("+", "=\n"); print 1, 2; }
print "normal\n";
