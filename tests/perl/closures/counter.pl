use strict; use warnings;
sub make_counter { my $n = shift // 0; return sub { return $n++ } }
my $c1 = make_counter(); my $c2 = make_counter(10);
print $c1->(), $c1->(), $c1->(), " ", $c2->(), $c2->(), "\n";
