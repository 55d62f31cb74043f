package Animal;
use strict; use warnings;
sub new { my ($class, $name) = @_; return bless { name => $name, sound => "..." }, $class }
sub speak { my $s = shift; return sprintf "%s the %s says %s", $s->{name}, lc ref $s, $s->sound }
sub sound { "..." }
sub name { $_[0]{name} }
package Dog;
our @ISA = ('Animal');
sub new { my ($class, $name, $trick) = @_; my $self = Animal::new($class, $name); $self->{trick} = $trick; return $self }
sub sound { "Woof" }
sub speak { my $s = shift; my $base = $s->SUPER::speak(); return "$base and does $s->{trick}" }
package Cat;
use parent -norequire, 'Animal';
sub sound { "Meow" }
package main;
for my $a (Dog->new("Rex", "rollover"), Cat->new("Tom"), Animal->new("Generic")) { print $a->speak, "\n" }
print Dog->can('name') ? "Dog can name\n" : "no\n";
print Cat->isa('Animal') ? "Cat isa Animal\n" : "no\n";
print UNIVERSAL::isa([], 'ARRAY') ? "array isa ARRAY\n" : "no\n";
print Dog->new("x", "y")->DOES('Animal') ? "DOES\n" : "no\n";
