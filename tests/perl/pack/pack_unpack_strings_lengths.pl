my $p = pack("A3 x2 a3", "abcdef", "xy");
print length($p), " [", join("][", unpack("A3 x2 a3", $p)), "]\n";
print join(",", unpack("a1 a1 a*", "hello")), "\n";
print join(",", map { sprintf "%d", $_ } unpack("C*", pack("U0C*", 65, 66))), "\n";
print unpack("%16n*", pack("n*", 1..10)), "\n";
my @l = unpack("(a2)3", "aabbccdd"); print "@l\n";
print length(pack("N n C a4 x", 1, 2, 3, "abcd")), "\n";
