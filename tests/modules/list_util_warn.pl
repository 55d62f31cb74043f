# List::Util: warnings for non-numeric and undefined arguments, as the XS functions give them.
use strict;
use warnings;
use List::Util qw(sum sum0 min max product);
$| = 1;
$SIG{__WARN__} = sub { print "W: $_[0]" };
print sum('abc', 1), ' ', min('x', 2), ' ', max('3y', 1), ' ', product('2z', 3), ' ', sum(undef, 1), ' ', sum0("a\nb"), ' ', sum('1 '), ' ', max('  7'), "\n";
sum('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij');
sum("a\tb\x01c\x7fd");
sum("a\"b\\c\r\f\0");
my $u = "\x{263a}x"; sum($u);
{ no warnings; print "quiet: ", sum('q', 1), "\n"; }
{ no warnings 'numeric'; print "no numeric: ", sum('q', undef, 2), "\n"; }
print "refs: ", (sum([], 0) > 0 ? 'addr' : 'zero'), "\n";
