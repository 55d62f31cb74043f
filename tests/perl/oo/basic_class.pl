package Point;
use strict; use warnings;
sub new { my ($class, %args) = @_; my $self = { x => $args{x} // 0, y => $args{y} // 0 }; return bless $self, $class }
sub x { $_[0]{x} } sub y { $_[0]{y} }
sub move { my ($self, $dx, $dy) = @_; $self->{x} += $dx; $self->{y} += $dy; return $self }
sub to_string { my $s = shift; "($s->{x}, $s->{y})" }
package main;
my $p = Point->new(x => 1, y => 2);
print $p->to_string, "\n";
$p->move(3, 4)->move(1, 1);
print $p->to_string, " x=", $p->x, "\n";
print ref($p), " ", $p->isa('Point') ? "isa" : "not", "\n";
my $q = Point->new; print $q->to_string, "\n";
my $class = "Point"; my $r = $class->new(x => 9); print $r->x, "\n";
my $m = "to_string"; print $r->$m(), "\n";
my $cref = $r->can('x'); print $cref->($r), "\n";
