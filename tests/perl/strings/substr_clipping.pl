# substr with a start before the beginning of the string: perl clips the range to the
# string while the length still reaches into it, and only then says "outside of string".
use strict;
use warnings;
local $SIG{__WARN__} = sub { print "warn: $_[0]" };

my $s = "0x1f";
for my $args ([-7, 7], [-7, 3], [-7, 2], [-4, 2], [-5], [-2], [4], [5], [2, -1], [-3, -2], [-9, -8], [0, 100], [3, 0]) {
    my ($off, $len) = @$args;
    my $got = defined $len ? substr($s, $off, $len) : substr($s, $off);
    printf "substr(%s) = %s\n", join(', ', "'$s'", @$args), defined $got ? "'$got'" : 'undef';
}
print "empty: '", substr("", -1), "'\n";

my $t = "abcdef";
substr($t, -8, 4) = "XY";
print "lvalue: $t\n";
my $u = "abcdef";
substr($u, -9, 5, "<>");
print "4-arg: $u\n";
my $v = "hello";
my $ref = \substr($v, -7, 4);
print "ref: $$ref\n";
$$ref = "J";
print "after ref store: $v\n";
eval { my $w = "ab"; substr($w, 5, 1) = "x"; 1 } or print "error: $@";
