use strict; use warnings;
sub memoize { my $f = shift; my %cache; my $calls = 0; return (sub { my $k = join $;, @_; $cache{$k} //= do { $calls++; $f->(@_) } }, sub { $calls }) }
my $slow_sq = sub { $_[0] ** 2 };
my ($fast, $count) = memoize($slow_sq);
print join(",", map { $fast->($_ % 4) } 1..10), "\n";
print "calls: ", $count->(), "\n";
my %memo; my $fib; $fib = sub { my $n = shift; $memo{$n} //= $n < 2 ? $n : $fib->($n - 1) + $fib->($n - 2) };
print $fib->(80), "\n";
