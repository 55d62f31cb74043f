use strict; use warnings;
my @a = (5, 3, 8, 1);
my @sorted = sort { $a <=> $b } @a;
print "@a | @sorted\n";
@a = sort { $b <=> $a } @a;
print "@a\n";
@a = reverse sort { $a <=> $b } @a;
print "@a\n";
