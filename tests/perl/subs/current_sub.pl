use strict; use warnings; use feature 'current_sub';
my $fact = sub { my $n = shift; $n <= 1 ? 1 : $n * __SUB__->($n - 1) };
print $fact->(6), "\n";
my $count = sub { my ($n) = @_; return 0 unless $n; 1 + __SUB__->($n - 1) };
print $count->(50), "\n";
