use strict; use warnings;
print "calling\n";
no_such_function(1);
