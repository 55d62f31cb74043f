for my $x (1, 2) { $x = 5 }
