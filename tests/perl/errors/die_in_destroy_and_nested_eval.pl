package D; sub new { bless {}, shift } sub DESTROY { eval { die "inside destroy\n" }; print "destroy ran, inner err: $@" }
package main;
{ my $d = D->new; }
my $r = eval { eval { die "a\n" }; print "inner: $@"; die "b\n"; 1 };
print "outer: $@";
print defined $r ? "r def\n" : "r undef\n";
warn "final warning\n";
exit 1;
