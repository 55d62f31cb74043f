print lc("HeLLo"), " ", uc("HeLLo"), " ", ucfirst("hello"), " ", lcfirst("HELLO"), "\n";
print length("hello"), " ", length(""), "\n";
print ucfirst(lc("mIxEd")), "\n";
print "\u\LMIXED case\E!\n";
print join("|", "a".."c"), "\n";
print ord("A"), " ", chr(66), " ", ord(""), " ", ord("abc"), "\n";
print sprintf("%vd", "1.22.333"), "\n";
print "repeat " x 2, "\n";
print lc(undef // "UNDEF"), "\n";
