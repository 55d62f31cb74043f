my @a = (1, (2, 3), ((4)), (), 5);
print scalar(@a), ": @a\n";
my ($x) = (7, 8, 9); print "$x\n";
my $y = (7, 8, 9)[1]; print "$y\n";
my @e = ((), (), ()); print scalar(@e), "\n";
my @n = (1..3, 'a'..'c'); print "@n\n";
my @sl = (10, 20, 30)[-1, 0]; print "@sl\n";
my @empty_slice = (1, 2)[5, 6]; print scalar(@empty_slice), "\n";
