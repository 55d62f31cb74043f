for my $n (0, 1, 7, 8, 255, 256, 1023, 4096, 65535) {
    printf "%5d %12b %6o %4x %#6x %#8b %08b\n", $n, $n, $n, $n, $n, $n, $n;
}
printf "%x\n", -1;
printf "%o\n", 2**63;
printf "%b\n", 2**40 + 5;
