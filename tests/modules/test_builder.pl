# Test::Builder directly and a Test::Builder::Module-based test module.
use strict;
use warnings;
BEGIN {
    package My::Test;
    use Test::Builder::Module;
    our @ISA = ('Test::Builder::Module');
    our @EXPORT = ('is_even');
    my $CLASS = __PACKAGE__;
    sub is_even { my ($n, $name) = @_; my $tb = $CLASS->builder; local $Test::Builder::Level = $Test::Builder::Level + 1; $tb->ok($n % 2 == 0, $name) or $tb->diag("    $n is odd") }
    $INC{'My/Test.pm'} = 1;
}
use My::Test tests => 7;
my $tb = Test::Builder->new;
is_even(4, 'four');
is_even(3, 'three');
$tb->is_eq('a', 'a', 'is_eq');
$tb->is_num(2, 2.0, 'is_num');
$tb->like('abc', qr/b/, 'like');
$tb->skip('not now');
$tb->ok(1, 'plain');
print "summary: ", join(',', $tb->summary), " current: ", $tb->current_test, " expected: ", $tb->expected_tests, " passing: ", ($tb->is_passing ? 1 : 0), "\n";
print "details: ", join(' ', map { "$_->{ok}/$_->{actual_ok}/$_->{type}" } $tb->details), "\n";
