# String complement (~) and perl's false value (numeric as well as "") in bitwise ops.
my $f = (1 == 2); print "[", $f | "a", "] [", ~"AB" eq "\xbe\xbd" ? "ok" : "bad", "] [", "ab" | "  ", "]\n";
my $g = !1; print length($g), " ", $g + 0, " [", $g ^ "x", "]\n";
print ~5 & 0xFF, "\n";
print "ok\n" if eval { my $w = ~"\x{100}"; 1 } ? 0 : $@ =~ /code points over 0xFF/;
