use strict; use warnings;
sub add { my ($x, $y) = @_; return $x + $y }
sub first { my $f = shift; return $f }
sub count { return scalar @_ }
sub modify { $_[0] = "changed"; }
print add(2, 3), " ", first(qw(a b c)), " ", count(1..7), "\n";
my $v = "orig"; modify($v); print "$v\n";
my @arr = (1, 2); modify(@arr); print "@arr\n";
sub defaults { my ($a, $b) = @_; $b //= "B"; return "$a$b" } print defaults("A"), defaults("A", "X"), "\n";
sub named { my %o = (size => 1, color => "red", @_); "$o{size}/$o{color}" } print named(color => "blue"), "\n";
sub flat { return join ",", @_ } my @l = (1, 2); my %h = (k => 'v'); print flat(@l, %h, 3), "\n";
print add(1, 2) * 2, "\n";
