our $depth = 0;
sub walk { my $n = shift; local $depth = $depth + 1; return $n <= 0 ? "depth $depth" : walk($n - 1) }
print walk(4), " then $depth\n";
our @stack = ("base");
sub with_frame { local @stack = (@stack, $_[0]); return join(">", @stack) }
print with_frame("f1"), " ", join(">", @stack), "\n";
