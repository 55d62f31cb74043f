package Stack; use strict; use warnings;
sub new { my $c = shift; return bless { items => [@_] }, $c }
sub push { my $s = shift; push @{ $s->{items} }, @_; return $s }
sub pop { my $s = shift; return pop @{ $s->{items} } }
sub peek { $_[0]{items}[-1] }
sub size { scalar @{ $_[0]{items} } }
sub is_empty { !$_[0]->size }
package main;
my $s = Stack->new(1, 2);
$s->push(3)->push(4, 5);
print $s->size, " ", $s->peek, " ", $s->pop, " ", $s->size, "\n";
$s->pop while !$s->is_empty;
print "empty\n" if $s->is_empty;
