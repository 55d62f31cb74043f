my @a = qw(a b c);
print "@a\n";
{ local $" = ", "; print "@a\n"; }
{ local $" = ""; print "@a\n"; }
my @empty; print "[@empty]\n";
my @one = ("solo"); print "[@one]\n";
my @nested = ([1, 2]); print "[@{$nested[0]}]\n";
print "[@a[1..2]]\n";
