use strict; use warnings;
my $x = "string";
print "deref\n";
my @a = @$x;
