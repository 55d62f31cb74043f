sub to_base { my ($n, $b) = @_; my @d = (0..9, 'a'..'z'); my $s = ""; do { $s = $d[$n % $b] . $s; $n = int($n / $b) } while $n > 0; $s }
print join(" ", map { to_base(255, $_) } 2, 8, 10, 16, 36), "\n";
print oct("0b" . to_base(1234, 2)), "\n";
printf "%b %o %x\n", 1234, 1234, 1234;
print unpack("N", pack("B32", substr("0" x 32 . "101101", -32))), "\n";
