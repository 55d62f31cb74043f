print join("", map { chr } 65..90), "\n";
print join(",", map { ord } "a", "z", "0", " ", "~"), "\n";
print chr(9) eq "\t" ? "tab\n" : "no\n";
my $s = join "", map { chr(ord($_) ^ 32) } split //, "Hello"; print "$s\n";
print sprintf("%c%c", 0x48, 0x69), "\n";
