# vec: reading and writing bit fields of every width, growth, 64-bit values, errors.
my $s = '';
vec($s, $_, 1) = 1 for 0, 2, 9;
print unpack("b*", $s), " ", length($s), "\n";
for my $bits (1, 2, 4, 8, 16, 32) {
    my $v = '';
    vec($v, 3, $bits) = 5;
    print "$bits: ", unpack("H*", $v), " ", vec($v, 3, $bits), " ", vec($v, 99, $bits), "\n";
}
my $w = '';
vec($w, 0, 64) = 18446744073709551615;
print unpack("H*", $w), " ", vec($w, 0, 64), "\n";
vec($w, 1, 32) = 0x12345678;
print unpack("H*", $w), " ", vec($w, 1, 32), " ", vec($w, 3, 16), "\n";
print vec("abc", 1, 8), " ", vec("abc", 0, 16), " ", vec("abc", 1, 16), "\n";
my $x = "\x{ff}"; vec($x, 0, 4) = 0; print unpack("H*", $x), "\n";
my $u; vec($u, 2, 8) = 65; print length($u), " ", unpack("H*", $u), "\n";
print eval { vec($s, 0, 3) } // "err: $@";
print eval { my $t = ''; vec($t, -1, 8) = 1; 1 } // "err: $@";
