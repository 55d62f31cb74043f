package Vec2;
use strict; use warnings;
use overload '+' => \&add, '-' => sub { Vec2->new($_[0]{x} - $_[1]{x}, $_[0]{y} - $_[1]{y}) },
    '*' => \&mul, '==' => sub { $_[0]{x} == $_[1]{x} && $_[0]{y} == $_[1]{y} }, '""' => \&str, 'bool' => sub { 1 };
sub new { my ($c, $x, $y) = @_; bless { x => $x, y => $y }, $c }
sub add { my ($a, $b) = @_; Vec2->new($a->{x} + $b->{x}, $a->{y} + $b->{y}) }
sub mul { my ($a, $b, $swap) = @_; ref $b ? $a->{x} * $b->{x} + $a->{y} * $b->{y} : Vec2->new($a->{x} * $b, $a->{y} * $b) }
sub str { my $s = shift; "<$s->{x},$s->{y}>" }
package main;
my $a = Vec2->new(1, 2); my $b = Vec2->new(3, 4);
print $a + $b, " ", $b - $a, " ", $a * 3, " ", 2 * $a, " ", $a * $b, "\n";
print "equal\n" if $a + $b == Vec2->new(4, 6);
my $c = $a; $c += $b; print "$c $a\n";
