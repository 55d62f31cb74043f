sub max_of { my $m = shift; for (@_) { $m = $_ if $_ > $m } $m }
sub sum_of { my $s = 0; $s += $_ for @_; $s }
sub zip { my ($a, $b) = @_; map { [$a->[$_], $b->[$_]] } 0 .. ($#$a < $#$b ? $#$a : $#$b) }
sub chunk { my ($n, @l) = @_; my @out; push @out, [splice(@l, 0, $n)] while @l; @out }
print max_of(3, 9, 2), " ", sum_of(1..100), "\n";
print join(" ", map { "$_->[0]$_->[1]" } zip([1, 2, 3], ['a', 'b'])), "\n";
print join(" | ", map { "@$_" } chunk(3, 1..8)), "\n";
