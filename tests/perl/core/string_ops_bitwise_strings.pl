print "AB" | "  ", "\n";
print "ab" & "_ _", "\n";
print "\x01\x02" ^ "\x03\x01" eq "\x02\x03" ? "xor ok\n" : "xor bad\n";
my $mask = "\xff" x 3; print length($mask & "abcdef"), "\n";
print 12 | "3", "\n";
print "12" | "3", "\n";
