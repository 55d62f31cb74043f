no warnings;
my @v = (undef, "", 0, "0.0", "a", -1, "10", "9");
print join(",", map { defined $_ ? "[$_]" : "U" } sort { ($a // "") cmp ($b // "") } @v), "\n";
print join(",", map { defined $_ ? "[$_]" : "U" } sort { ($a // 0) <=> ($b // 0) or ($a // "") cmp ($b // "") } @v), "\n";
