my @a = (1, 2, 3);
my $r = reverse @a; print "$r\n";
my @r = reverse @a; print "@r\n";
my $j = join "", reverse "ab", "cd"; print "$j\n";
