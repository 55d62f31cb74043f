# JSON::PP allow_bignum: big integers and decimals decode to Math::BigInt / Math::BigFloat
# objects and encode back as plain numbers.
use strict;
use warnings;
use JSON::PP;
$| = 1;
my $j = JSON::PP->new->allow_bignum->canonical;
my $d = $j->decode('{"big":123456789012345678901234567890,"neg":-98765432109876543210,"dec":1.5,"small":42}');
print "big: ", ref($d->{big}), " $d->{big}\n";
print "neg: ", ref($d->{neg}), " $d->{neg}\n";
print "dec: ", ref($d->{dec}), " $d->{dec}\n";
print "small: ", (ref($d->{small}) || 'plain'), " $d->{small}\n";
print "sum: ", $d->{big} + 1, "\n";
print "encode: ", $j->encode($d), "\n";
my $plain = JSON::PP->new->decode('[123456789012345678901234567890]');
print "without allow_bignum: ", (ref($plain->[0]) || 'plain'), " $plain->[0]\n";
