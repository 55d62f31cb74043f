printf "[%s] [%10s] [%-10s] [%.2s] [%-6.3s]\n", ("hello") x 5;
printf "[%c%c%c]\n", 80, 101, 114;
printf "[%5c] [%-5c]\n", 65, 66;
printf "[%s]\n", undef // "undef";
printf "[%%] [%5%]\n";
my @a = (1, 2, 3); printf "[%s]\n", "@a";
printf "[%s] [%s]\n", [1] =~ /^ARRAY/ ? "aref" : "?", "x";
