# Each closure made from sub {..} has its own state variables (scalars, arrays, hashes).
use strict; use warnings; use feature qw(state say);
my @subs = map { my $i = $_; sub { state $n = $i * 10; state @log; state %seen; push @log, $n; $seen{$n}++; $n++; scalar(@log) . ":" . join(",", sort keys %seen) } } 1..3;
for my $s (@subs) { $s->() for 1..2; say $s->() }
my $gen = sub { state $count = do { say "init once"; 0 }; ++$count };
say $gen->() for 1..3;
sub named { state $x = 5; $x++ } say named(), named();
my $outer = sub { my $inner = sub { state $k = 0; ++$k }; $inner->() + $inner->() };
say $outer->(), " ", $outer->();
for my $r (1..2) { my $c = sub { state $v; $v .= "x"; $v }; $c->(); say $c->() }
