my @rows = (["apple", 1.5, 3], ["banana", 0.25, 12], ["kiwi", 10, 100]);
printf "%-10s|%8s|%5s\n", "name", "price", "qty";
printf "%-10s|%8.2f|%5d\n", @$_ for @rows;
printf "%05d|%+d|% d|%-5d|\n", 42, 42, 42, 42;
printf "%.3s|%10.3s|%-10.3s|\n", "abcdef", "abcdef", "abcdef";
printf "%*d|%-*d|\n", 6, 7, 6, 7;
printf "%%|%c|%s\n", 65, "x";
