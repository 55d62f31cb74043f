my @l = ("a\n", "b\n\n", "c");
my $n = chomp(my @copy = @l); print "$n: ", join("|", @copy), "\n";
my $s = "xyz"; my $c = chop $s; print "$c $s\n";
my @w = ("ab", "cd"); chop(@w); print "@w\n";
my $e = ""; my $r = chop $e; print defined $r ? "[$r]\n" : "undef\n";
