package Counter;
use strict; use warnings;
my $instances = 0;
sub new { my $class = shift; $instances++; return bless { id => $instances }, ref($class) || $class }
sub instances { $instances }
sub id { $_[0]->{id} }
package main;
my $a = Counter->new; my $b = Counter->new; my $c = $a->new;
print Counter->instances, " ", Counter::instances(), " ", $c->id, " ", ref($c), "\n";
