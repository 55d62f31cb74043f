# `?` right after a named unary operator with no operand is the conditional operator
# (?PATTERN? without `m` was removed in perl 5.22).
use strict;
use warnings;

my @a = (1, undef, 3);
print join(',', map { defined ? $_ : 'u' } @a), "\n";
for (qw(abc), '') {
    print length ? "long\n" : "empty\n";
}
$_ = [];
print ref ? "ref\n" : "plain\n";
print exists $a[4] ? "exists\n" : "missing\n";
