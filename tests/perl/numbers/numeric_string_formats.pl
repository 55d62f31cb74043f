for my $s ("1e3", "1E3", "0x10", "1_000", " 12 ", "12 ", "1.5e+3", "-1.5E-3", "+.5", "nan", "NaN", "inf", "-Inf") {
    no warnings;
    print "$s => ", $s + 0, "\n";
}
