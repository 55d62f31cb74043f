print hex("ff"), " ", hex("0xFF"), " ", hex("DeadBeef"), " ", hex(""), "\n";
print oct("755"), " ", oct("0755"), " ", oct("0x1f"), " ", oct("0b101"), " ", oct("0o17"), "\n";
print oct("x1f"), " ", oct("b11"), " ", oct(" 17 "), "\n";
printf "%o %x %X %b %#o %#x %#b\n", 493, 255, 255, 5, 493, 255, 5;
print hex("1_0"), "\n";
print sprintf("%08b", 200), "\n";
