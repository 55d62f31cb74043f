use strict; use warnings;
my @a = (1..10);
for (my $i = $#a; $i >= 0; $i--) { splice(@a, $i, 1) if $a[$i] % 3 == 0 }
print "@a\n";
my @b = qw(a c e);
my $pos = 1; splice @b, $pos, 0, "b"; splice @b, 3, 0, "d";
print "@b\n";
