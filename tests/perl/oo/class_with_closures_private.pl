package Secret; use strict; use warnings;
my %private;
sub new { my ($c, $v) = @_; my $self = bless \(my $o), $c; $private{$self} = $v; return $self }
sub reveal { $private{$_[0]} }
sub DESTROY { delete $private{$_[0]} }
package main;
my $s = Secret->new("hidden"); print $s->reveal, "\n";
{ my $t = Secret->new("temp"); print $t->reveal, "\n"; } print "ok\n";
