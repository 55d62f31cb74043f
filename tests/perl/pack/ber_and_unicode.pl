sub hexs { join " ", map { sprintf "%02x", $_ } unpack "C*", $_[0] }
print hexs(pack("w", 127)), " | ", hexs(pack("w", 128)), " | ", hexs(pack("w", 16384)), "\n";
print join(",", unpack("w*", pack("w*", 1, 300, 70000))), "\n";
my $u = pack("U", 0x263A); print length($u), " ", sprintf("%x", ord $u), "\n";
print join(",", unpack("U*", "\x{100}\x{200}")), "\n";
my $w = pack("W*", 200, 300); print length($w), " ", join(",", unpack("W*", $w)), "\n";
print join(",", unpack("C0U*", "\xe2\x98\xba")), "\n";
