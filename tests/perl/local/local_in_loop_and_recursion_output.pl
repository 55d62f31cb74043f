our $sep = ",";
sub joiner { join $sep, @_ }
for my $s ("-", "+") { local $sep = $s; print joiner(1, 2, 3), "\n"; }
print joiner(4, 5), "\n";
our $level = 0;
sub nest { my $n = shift; local $level = $level + 1; return $n ? nest($n - 1) : $level } print nest(5), " $level\n";
