for my $v ("42", "42.9", "-42.9", "1e3", " 7 ", "0x1A", "012", "3abc") {
    no warnings; printf "%-6s int=%d hex=%d oct=%d num=%s\n", "'$v'", int($v), hex($v =~ /^\s*(\w+)/ ? $1 : 0), oct($v =~ /^\s*(\w+)/ ? $1 : 0), $v + 0;
}
