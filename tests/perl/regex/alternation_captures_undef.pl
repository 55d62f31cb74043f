for my $s ("a1", "b2", "c3") {
    if ($s =~ /^(?:a(\d)|b(\d)|(c)(\d))$/) {
        print join(",", map { defined $_ ? $_ : "U" } $1, $2, $3, $4), "\n";
    }
}
