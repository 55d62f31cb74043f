package Version; use strict; use warnings;
use overload '<=>' => \&cmp_v, 'cmp' => \&cmp_v, '""' => sub { join ".", @{ $_[0]{p} } };
sub new { my ($c, $s) = @_; bless { p => [split /\./, $s] }, $c }
sub cmp_v { my ($a, $b, $swap) = @_; $b = Version->new($b) unless ref $b; my $r = 0; for my $i (0..2) { $r = ($a->{p}[$i] // 0) <=> ($b->{p}[$i] // 0) and last } $swap ? -$r : $r }
package main;
my @v = map { Version->new($_) } qw(1.10.0 1.2.0 1.9 2.0.1 1.2.10);
print join(" ", sort { $a <=> $b } @v), "\n";
print Version->new("1.2") < Version->new("1.10") ? "numeric-aware\n" : "string\n";
print Version->new("2.0") == "2.0.0" ? "equal\n" : "not equal\n";
my ($max) = sort { $b <=> $a } @v; print "max $max\n";
