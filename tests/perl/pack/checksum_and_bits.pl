my $data = "The quick brown fox";
print unpack("%8C*", $data), " ", unpack("%16C*", $data), " ", unpack("%32C*", $data), "\n";
my $bits = unpack("%32b*", "\xff\x0f"); print "set bits: $bits\n";
my $vec = ''; vec($vec, $_, 1) = 1 for 1, 3, 5; print unpack("b*", $vec), " ", length($vec), "\n";
print vec("abc", 1, 8), " ", vec("abc", 0, 16), "\n";
my $v2 = ''; vec($v2, 0, 4) = 10; vec($v2, 1, 4) = 3; print unpack("H*", $v2), "\n";
