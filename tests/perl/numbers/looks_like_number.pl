use Scalar::Util qw(looks_like_number);
for my $s ("1", "1.5", " 1", "1 ", "1e5", "abc", "", "0x10", "-3", "+3", ".5", "5.", "Inf", "nan", "1_000", "0 but true", undef) {
    printf "%-12s %s\n", defined $s ? "'$s'" : "undef", looks_like_number($s) ? "yes" : "no";
}
