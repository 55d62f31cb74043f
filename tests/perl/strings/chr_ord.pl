print join(",", map { ord } split //, "Perl"), "\n";
print join("", map { chr } 72, 105, 33), "\n";
print chr(0x263A) eq "\x{263A}" ? "same\n" : "diff\n";
print length(chr(300)), "\n";
print ord(chr(255)), "\n";
my $rot13 = join "", map { my $c = ord; ($c >= 97 && $c <= 122) ? chr(($c - 97 + 13) % 26 + 97) : $_ } split //, "hello, world";
print "$rot13\n";
