my @w = qw(delta Alpha charlie Bravo echo);
print join(" ", sort @w), "\n";
print join(" ", sort { lc $a cmp lc $b } @w), "\n";
print join(" ", sort { $b cmp $a } @w), "\n";
print join(" ", sort { length($a) <=> length($b) || $a cmp $b } @w), "\n";
