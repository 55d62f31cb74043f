use strict; use warnings; use feature 'state';
sub next_id { state $id = 100; return $id++ }
print next_id(), " ", next_id(), " ", next_id(), "\n";
sub seen { state %seen; return $seen{$_[0]}++ ? "dup" : "new" }
print join(" ", map { seen($_) } qw(a b a c b)), "\n";
{ my $private = 0; sub bump { return ++$private } }
print bump(), bump(), "\n";
sub mk { return sub { state $n = 0; ++$n } } my ($x, $y) = (mk(), mk()); $x->() for 1..3; print $x->(), " ", $y->(), "\n";
