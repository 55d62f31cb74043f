for my $v (0, 1, -1, 42, -42, 255, 65535, 2**31, -2**31, 2**53, 9223372036854775807) {
    printf "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%b|%#b\n", ($v) x 13;
}
printf "%u\n", -1;
printf "%d\n", "12abc" =~ /(\d+)/;
printf "%d %d\n", 3.99, -3.99;
printf "%s\n", sprintf("%03d:%02d", 7, 5);
printf "%.3d|%8.3d|%-8.3d|\n", 5, 5, 5;
printf "%hd %ld %lld %qd\n", 70000, 70000, 70000, 70000;
