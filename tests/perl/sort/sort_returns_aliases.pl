my @a = (3, 1, 2);
$_ *= 10 for sort { $a <=> $b } @a;
print "@a\n";
my @s = sort { $a <=> $b } @a; $s[0] = 0; print "@a | @s\n";
