no warnings;
printf "%d %d %d %d\n", "12", "12.9", " 7", "abc";
printf "%.2f %.2f %.2f\n", "3", "2.5e1", "1_000";
printf "%s %s\n", 1.0, "1.0";
printf "%x %o\n", "255", "8";
printf "%e\n", "1e400";
