die "part1 ", "part2 ", 42, "\n";
