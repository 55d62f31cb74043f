package Point3; use strict; use warnings;
use overload '""' => sub { my $s = shift; "($s->{x},$s->{y},$s->{z})" }, 'eq' => sub { "$_[0]" eq "$_[1]" }, '+' => sub { Point3->new(map { $_[0]{$_} + $_[1]{$_} } qw(x y z)) };
sub new { my ($c, $x, $y, $z) = @_; bless { x => $x, y => $y, z => $z }, $c }
package main; use Scalar::Util ();
my $p = Point3->new(1, 2, 3); my $q = Point3->new(1, 2, 3);
print "$p\n", ($p eq $q ? "eq\n" : "ne\n"), (Scalar::Util::refaddr($p) == Scalar::Util::refaddr($q) ? "same ref\n" : "different objects\n");
print $p + $q, "\n";
my %set = map { ("$_" => 1) } $p, $q, Point3->new(0, 0, 0); print scalar(keys %set), "\n";
