use strict;
my $r = [1, 2];
print $r->{key}, "\n";
