for my $w (1, 5, 10) { printf "[%*s]\n", $w, "abc" }
for my $p (0, 2, 5) { printf "[%.*f]\n", $p, 3.14159265 }
printf "[%-*s]\n", 6, "ab";
printf "[%*s]\n", -6, "ab";
printf "[%.*s]\n", 2, "abcdef";
