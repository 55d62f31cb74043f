my $ip = "192.168.1.10";
my $packed = pack("C4", split /\./, $ip);
my $n = unpack("N", $packed); print "$n\n";
print join(".", unpack("C4", pack("N", $n + 245))), "\n";
my $mask = 0xFFFFFF00; print join(".", unpack("C4", pack("N", $n & $mask))), "\n";
my $port = pack("n", 8080); print unpack("H*", $port), "\n";
