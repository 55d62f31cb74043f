my $s = pack("Z*Z*", "one", "two"); print length($s), "\n";
my @p = unpack("Z*Z*", $s); print "@p\n";
my $a = pack("a*", "x\0y"); print length($a), "\n";
my ($z) = unpack("Z*", "abc\0def"); print "$z\n";
my ($aa) = unpack("A*", "abc\0 \n"); print length($aa), "\n";
