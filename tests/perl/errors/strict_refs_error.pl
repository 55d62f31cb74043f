use strict;
my $name = "foo";
our $foo = 1;
print $$name, "\n";
