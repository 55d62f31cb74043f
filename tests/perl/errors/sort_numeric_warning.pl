use warnings;
my @s = sort { $a <=> $b } (3, "x", 1);
print "@s\n";
