sub hexs { join " ", map { sprintf "%02x", $_ } unpack "C*", $_[0] }
print hexs(pack("s<", -2)), " / ", hexs(pack("s>", -2)), "\n";
print hexs(pack("l>", 1)), " / ", hexs(pack("L<", 1)), "\n";
print join(",", unpack("s> S< l< L>", pack("s> S< l< L>", -5, 65535, -70000, 4000000000))), "\n";
print hexs(pack("d>", 1.5)), "\n";
print hexs(pack("f<", -2.25)), "\n";
print unpack("d", pack("d", 3.14159)), "\n";
printf "%.2f\n", unpack("f", pack("f", 2.5));
print join(",", unpack("n!*", pack("n*", 65535, 1))), "\n";
