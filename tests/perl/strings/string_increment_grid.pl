# The magic string increment across many shapes of string.
for my $s (qw(a z A Z aa az zz Az zZ a0 a9 z9 Z9 zz99 a-b 9 09 0 1.5 -3 abc9z xyz zzzz Aa9 aZz zz0)) {
    my $t = $s;
    { no warnings; $t++; }
    printf "%-6s -> %s\n", $s, $t;
}
