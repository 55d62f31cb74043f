package A; sub new { bless {}, shift } sub hello { "A::hello" } sub who { "A" }
package B; our @ISA = ('A'); sub who { "B>" . $_[0]->SUPER::who() }
package C; our @ISA = ('A'); sub who { "C>" . $_[0]->SUPER::who() } sub hello { "C::hello" }
package D; our @ISA = ('B', 'C'); sub who { "D>" . $_[0]->SUPER::who() }
package main; use mro;
my $d = D->new;
print $d->who, "\n";
print $d->hello, "\n";
print join(",", @{ mro::get_linear_isa('D') }), "\n";
