package Base; use strict; use warnings;
sub new { my ($class, %args) = @_; my $self = bless {}, $class; $self->init(%args); return $self }
sub init { my ($self, %a) = @_; $self->{id} = $a{id} // 0 }
sub describe { my $s = shift; join(", ", map { "$_=$s->{$_}" } sort keys %$s) }
package Derived; use parent -norequire, 'Base';
sub init { my ($self, %a) = @_; $self->SUPER::init(%a); $self->{extra} = $a{extra} // "none" }
package main;
print Derived->new(id => 7, extra => "yes")->describe, "\n";
print Base->new(id => 1)->describe, "\n";
