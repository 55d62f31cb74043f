printf "%d %d %d\n", 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010;
printf "%u\n", ~0;
printf "%d\n", ~0 >> 1;
printf "%x\n", 0xdeadbeef & 0xffff;
printf "%d\n", 1 << 40;
print "AB" ^ "  ", "\n";
print "abc" & "ab", "|\n";
my $flags = 0; $flags |= 1 << $_ for 0, 3, 5; printf "%08b %d\n", $flags, $flags;
print( (($flags >> 3) & 1) ? "bit3 set\n" : "bit3 clear\n");
{ use integer; print ~0, "\n"; print -8 >> 1, "\n"; }
