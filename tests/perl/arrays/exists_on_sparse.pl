my @a; $a[5] = 1; $a[2] = undef;
print join(",", map { exists $a[$_] ? "E" : "-" } 0..6), "\n";
print join(",", map { defined $a[$_] ? "D" : "-" } 0..6), "\n";
print scalar(@a), "\n";
