use strict; use warnings;
sub gcd { my ($a, $b) = @_; ($a, $b) = ($b, $a % $b) while $b; $a }
sub lcm { $_[0] / gcd(@_) * $_[1] }
print gcd(48, 18), " ", lcm(4, 6), " ", gcd(17, 5), "\n";
my @primes; my @sieve = (1) x 101; @sieve[0, 1] = (0, 0);
for my $i (2..10) { next unless $sieve[$i]; for (my $j = $i * $i; $j <= 100; $j += $i) { $sieve[$j] = 0 } }
@primes = grep { $sieve[$_] } 0..100;
print scalar(@primes), ": @primes\n";
