# Recursive calls: naive Fibonacci.
use strict;
use warnings;

sub fib {
    my $n = shift;
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

my $n = shift // 30;
my $sum = 0;
$sum += fib($_) for 1 .. $n;
print "checksum $sum\n";
