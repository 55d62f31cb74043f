no warnings;
my @v = ("3 apples", "0x10", "1e2xyz", ".5.5", "--1", "+-1", "\t12\n");
print join(" ", map { $_ + 0 } @v), "\n";
print join(" ", map { $_ * 1 } "inf", "-inf", "infinity", "nanx") =~ s/NaN/NaN/gr, "\n";
