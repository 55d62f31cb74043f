my @l = (3, -1, 2.5, "10", "9", 0);
print join(" ", sort { $a <=> $b } @l), "\n";
print join(" ", map { $_ <=> 2 } @l), "\n";
my $nan = "nan" + 0; my $r = 1 <=> $nan; print defined $r ? "defined\n" : "undef for nan\n";
