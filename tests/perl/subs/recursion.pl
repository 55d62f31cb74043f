use strict; use warnings;
sub fact { my $n = shift; return $n <= 1 ? 1 : $n * fact($n - 1) }
sub fib { my $n = shift; $n < 2 ? $n : fib($n - 1) + fib($n - 2) }
print fact(10), " ", fact(20), "\n";
print join(",", map { fib($_) } 0..15), "\n";
sub hanoi { my ($n, $f, $t, $v, $moves) = @_; return 0 if $n == 0; hanoi($n-1, $f, $v, $t, $moves) + 1 + hanoi($n-1, $v, $t, $f, $moves) }
print hanoi(10, 'A', 'C', 'B'), "\n";
sub ackermann { my ($m, $n) = @_; return $n + 1 if $m == 0; return ackermann($m - 1, 1) if $n == 0; return ackermann($m - 1, ackermann($m, $n - 1)) }
print ackermann(2, 3), "\n";
sub depth { my $d = shift; return $d >= 500 ? $d : depth($d + 1) } print depth(0), "\n";
