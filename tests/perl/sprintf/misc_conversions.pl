printf "%s|%d|%i|%u|%c|%%\n", "str", "42abc" + 0, 7.9, 3, 0x263A > 255 ? 65 : 66;
printf "%05s|%-05d|%+5s\n", "ab", 3, "x";
printf "%#X %#o %#b %#x\n", 255, 8, 5, 0;
printf "%.0e %.1e %E\n", 12345, 0.000123, 1e-10;
printf "%3\$s %1\$s %2\$s\n", "a", "b", "c";
printf "%-+6d|%+-6d|% 06d\n", 5, 5, 5;
printf "%lld %hhd %zd\n", 2**40, 300, 5;
