package Shape::Base;
use strict; use warnings;
sub new { my ($class, %a) = @_; my $self = bless { %a }, $class; return $self }
sub area { 0 }
sub describe { my $s = shift; sprintf "%s with area %.2f", ref $s, $s->area }
1;
