# The experimental smartmatch operator: perlop's table, right operand first.
use strict;
use warnings;
no warnings;
use feature 'say';

sub yn { $_[0] ? "yes" : "no" }
my @a = (1, 2, "three", undef);
my %h = (apple => 1, pear => 2);
say "scalar in array: ", yn(2 ~~ @a), " ", yn("three" ~~ @a), " ", yn(5 ~~ @a);
my $u;
say "undef left: ", yn(undef ~~ @a), " ", yn(undef ~~ [1, 2]), " ", yn(undef ~~ undef);
say "undef in array: ", yn($u ~~ @a), " ", yn($u ~~ [1, 2]);
say "key in hash: ", yn("apple" ~~ %h), " ", yn("plum" ~~ %h);
say "array eq array: ", yn([1, 2, [3]] ~~ [1, 2, [3]]), " ", yn([1, 2] ~~ [1, 3]), " ", yn([1] ~~ [1, 2]);
say "hash keys eq: ", yn({ apple => 9, pear => 8 } ~~ %h), " ", yn({ apple => 1 } ~~ %h);
say "array vs hash: ", yn([qw(x pear)] ~~ %h), " ", yn(%h ~~ [qw(x y)]);
say "regex: ", yn("foobar" ~~ /oba/), " ", yn("foobar" ~~ qr/^bar/), " ", yn(@a ~~ qr/^thr/), " ", yn(%h ~~ /^pe/);
say "code: ", yn(4 ~~ sub { $_[0] % 2 == 0 }), " ", yn([2, 4, 5] ~~ sub { $_[0] % 2 == 0 }), " ", yn([] ~~ sub { 0 });
say "numbers: ", yn(1.0 ~~ 1), " ", yn("1.0" ~~ 1), " ", yn(1 ~~ "1.0"), " ", yn("1.0" ~~ "1"), " ", yn("abc" ~~ "abc");
say "undef: ", yn($u ~~ undef), " ", yn(1 ~~ undef), " ", yn($u ~~ 0);
my $x = "a";
say "given-like: ", join ",", map { yn($_ ~~ ["a", "b"]) } qw(a b c);
