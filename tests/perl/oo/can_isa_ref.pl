package Shape; sub new { my $c = shift; bless {@_}, $c } sub area { 0 }
package Square; our @ISA = ('Shape'); sub area { $_[0]{side} ** 2 }
package Circle; our @ISA = ('Shape'); sub area { 3.14159265358979 * $_[0]{r} ** 2 }
package main;
my @shapes = (Square->new(side => 3), Circle->new(r => 1), Shape->new);
for my $s (@shapes) { printf "%-7s area=%.3f isa Shape=%d can area=%d\n", ref $s, $s->area, $s->isa('Shape') ? 1 : 0, $s->can('area') ? 1 : 0 }
print Square->can('nope') ? "yes\n" : "cannot nope\n";
print UNIVERSAL::can($shapes[0], 'area') ? "universal can\n" : "no\n";
