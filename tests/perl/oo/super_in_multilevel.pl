package L1; sub new { bless {}, shift } sub hi { "L1" }
package L2; our @ISA = ('L1'); sub hi { my $s = shift; "L2>" . $s->SUPER::hi() }
package L3; our @ISA = ('L2'); sub hi { my $s = shift; "L3>" . $s->SUPER::hi() }
package main;
print L3->new->hi, "\n";
print L2->new->hi, "\n";
my $m = L3->can('hi'); print $m->(L3->new), "\n";
