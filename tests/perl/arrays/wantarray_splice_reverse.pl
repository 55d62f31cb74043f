my @a = (1..6);
my @rev = reverse @a[0..2];
print "@rev\n";
my @removed = splice(@a, 1, 2);
print "@removed | @a\n";
my $count = @a; print "$count\n";
my @copy = @a[grep { $_ % 2 == 0 } 0..$#a]; print "@copy\n";
