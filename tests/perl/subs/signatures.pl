use v5.36;
sub add ($x, $y = 10) { return $x + $y }
say add(1), " ", add(1, 2);
sub slurp ($first, @rest) { return "$first:" . scalar(@rest) }
say slurp(1, 2, 3, 4);
sub opts ($name, %o) { return "$name " . join(",", map { "$_=$o{$_}" } sort keys %o) }
say opts("x", b => 2, a => 1);
sub ignore ($, $second) { $second } say ignore(1, 2);
my $anon = sub ($n) { $n * $n }; say $anon->(7);
eval { add() }; say "err: ", $@ =~ /Too few arguments/ ? "too few" : $@;
eval { add(1, 2, 3) }; say "err: ", $@ =~ /Too many arguments/ ? "too many" : $@;
