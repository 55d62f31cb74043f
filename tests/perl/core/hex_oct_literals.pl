print 0xff, " ", 0377, " ", 0b11111111, " ", 0xFF_FF, " ", 1_000, "\n";
print 0x7fffffffffffffff, " ", 0xffffffffffffffff, "\n";
print -0x10, " ", 0x10 + 0x10, "\n";
print 1e0, " ", 1E1, " ", 1.e2 // '', "\n";
