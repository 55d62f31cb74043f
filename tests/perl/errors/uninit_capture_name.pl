# The uninitialized-value warning names capture variables ($2) as perl does.
use warnings;
"ab" =~ /(a)(x)?/;
my $t = "b $2";
print "done\n";
