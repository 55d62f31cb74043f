use strict;
$undeclared = 5;
print "$undeclared\n";
