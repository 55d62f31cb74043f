use strict; use warnings;
sub mymax(\@) { my $r = shift; my $m = $r->[0]; $_ > $m and $m = $_ for @$r; $m }
my @n = (3, 9, 2); print mymax(@n), "\n";
sub apply(&@) { my $c = shift; map { $c->($_) } @_ }
print join(",", apply { $_[0] * 2 } 1, 2, 3), "\n";
sub noargs() { 42 } print noargs + 1, "\n";
sub one($) { "got $_[0]" } my @l = (5, 6); print one(@l), "\n";
sub opt($;$) { defined $_[1] ? "two" : "one" } print opt(1), " ", opt(1, 2), "\n";
print prototype("mymax"), " ", prototype(\&apply), " ", (defined prototype("CORE::push") ? prototype("CORE::push") : 'undef'), "\n";
sub myif(&&) { $_[0]->() ? "yes" : $_[1]->() } print myif { 0 } sub { "fallback" }; print "\n";
