sub hexs { join " ", map { sprintf "%02x", $_ } unpack "C*", $_[0] }
print hexs(pack("N", 0x01020304)), "\n";
print hexs(pack("n", 258)), "\n";
print hexs(pack("V", 0x01020304)), "\n";
print hexs(pack("v", 258)), "\n";
print hexs(pack("C3", 65, 66, 67)), "\n";
print hexs(pack("c", -1)), "\n";
print hexs(pack("A5", "ab")), "|", hexs(pack("a5", "ab")), "|", hexs(pack("Z5", "abcdefg")), "\n";
print hexs(pack("H4", "beef")), " ", hexs(pack("h4", "beef")), "\n";
print hexs(pack("x3")), "\n";
print hexs(pack("q", -2)), "\n";
print hexs(pack("Q>", 1)), "\n";
print length(pack("N*", 1..5)), "\n";
