use strict; use warnings;
sub is_even { my $n = shift; $n == 0 ? 1 : is_odd($n - 1) }
sub is_odd { my $n = shift; $n == 0 ? 0 : is_even($n - 1) }
print join(",", map { is_even($_) ? "e" : "o" } 0..7), "\n";
sub flatten { map { ref $_ ? flatten(@$_) : $_ } @_ }
print join(" ", flatten(1, [2, [3, [4, 5]], 6], [[7]])), "\n";
sub power_set { my @s = @_; return ([]) unless @s; my $h = shift @s; my @r = power_set(@s); return (@r, map { [$h, @$_] } @r) }
print join(" ", map { "{" . join(",", @$_) . "}" } power_set(1, 2, 3)), "\n";
sub gcd { my ($a, $b) = @_; $b ? gcd($b, $a % $b) : $a } print gcd(1071, 462), "\n";
