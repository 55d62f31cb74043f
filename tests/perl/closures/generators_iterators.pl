use strict; use warnings;
sub iter { my @items = @_; my $i = 0; return sub { return $i < @items ? $items[$i++] : undef } }
my $it = iter(qw(a b c));
while (defined(my $x = $it->())) { print "$x\n" }
sub fib_gen { my ($a, $b) = (0, 1); sub { my $r = $a; ($a, $b) = ($b, $a + $b); $r } }
my $f = fib_gen(); print join(",", map { $f->() } 1..12), "\n";
sub take { my ($n, $g) = @_; map { $g->() } 1..$n }
sub evens { my $n = 0; sub { $n += 2 } } print join(" ", take(5, evens())), "\n";
