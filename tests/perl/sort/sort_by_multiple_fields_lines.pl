my @lines = <DATA>; chomp @lines;
my @sorted = sort { my @a = split /,/, $a; my @b = split /,/, $b; $a[2] cmp $b[2] or $b[1] <=> $a[1] or $a[0] cmp $b[0] } @lines;
print "$_\n" for @sorted;
__DATA__
ann,90,math
bob,85,art
cy,90,art
dee,70,math
eve,85,art
