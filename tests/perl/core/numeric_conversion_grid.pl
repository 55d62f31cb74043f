# String -> number conversion for many inputs, in numeric, integer and boolean contexts.
no warnings;
my @inputs = ("0", "00", "0.0", "-0", "+0", " 1", "1 ", "\t\n2", "3abc", "abc", "", " ", ".", "-.5", "5.", "1e3", "1E-2", "1e", "e5",
              "0x1f", "0b11", "0o7", "017", "1_000", "Inf", "-Infinity", "NaN", "nanx", "0 but true", "0e0", "++1", "-+1", "1.2.3", "١");
for my $s (@inputs) {
    my $n = $s + 0;
    my $i = int($s);
    my $b = $s ? "T" : "F";
    (my $show = $s) =~ s/([\t\n])/sprintf "\\x%02x", ord $1/ge;
    printf "%-14s num=%-8s int=%-6s bool=%s\n", "'$show'", $n, $i, $b;
}
