my @n = (10, 2, 33, 4, 1.5, -7);
print join(" ", sort { $a <=> $b } @n), "\n";
print join(" ", sort { $b <=> $a } @n), "\n";
print join(" ", sort @n), "\n";
print join(" ", sort { $a cmp $b } qw(b B a A 1 _)), "\n";
print join(" ", reverse sort { $a <=> $b } @n), "\n";
