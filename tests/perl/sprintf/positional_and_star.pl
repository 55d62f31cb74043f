printf "%2\$s %1\$s %2\$s\n", "world", "hello";
printf "%*s|%-*s|\n", 8, "right", 8, "left";
printf "%.*f\n", 3, 3.14159265;
printf "%*.*f|\n", 10, 2, 2.71828;
printf "%1\$s-%1\$s-%1\$s\n", "rep";
printf "%-*d|\n", -6, 42;
printf "%3\$*1\$.*2\$f|\n", 10, 3, 1.23456;
