my @v = (10, 9, 100, 1.5, -3, 0, "2e1", "3abc");
{ no warnings; print join(" ", sort { $a <=> $b } @v), "\n"; }
print join(" ", sort @v), "\n";
print join(" ", reverse sort { $a <=> $b } 1..10), "\n";
