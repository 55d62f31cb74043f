use strict; use warnings;
my @a = (5, 6, 7);
my $n = @a; print "$n\n";
my ($f) = @a; print "$f\n";
print "count: " . @a . "\n";
print "last via scalar: ", $a[@a - 1], "\n";
if (@a > 2) { print "more than 2\n" }
my @b = (@a, @a); print scalar(@b), "\n";
my $s = "@a"; print "$s\n";
{ local $" = "-"; print "@a\n"; }
my $c = () = (@a, 1); print "$c\n";
print "empty is false\n" unless my @e = ();
my $lst = (4, 5, 6)[1]; print "$lst\n";
