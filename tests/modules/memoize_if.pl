# Memoize and the `if` pragma.
use strict;
use warnings;
use Memoize qw(memoize unmemoize flush_cache);
use if 1, 'POSIX', qw(floor);
use if 0, 'Nonexistent::Module::Here';
use if $] > 5, 'List::Util' => qw(sum);
no if 1, 'strict', 'refs';
$| = 1;
print "if: ", floor(2.5), " ", sum(1, 2, 3), "\n";
my $symref = 'main::floor';
print "no if strict refs: ", &$symref(7.9), "\n";
my $calls = 0;
sub slow { $calls++; return $_[0] * 2 }
memoize('slow');
print "memo: ", slow(2), " ", slow(2), " ", slow(3), " calls=$calls\n";
flush_cache('slow');
print "flushed: ", slow(2), " calls=$calls\n";
unmemoize('slow');
print "unmemoized: ", slow(2), " ", slow(2), " calls=$calls\n";
sub ctx { $calls++; wantarray ? ('list', @_) : "scalar@_" }
memoize('ctx');
my @a = ctx(1); my @b = ctx(1); my $s = ctx(1); my $t = ctx(1);
print "context: @a | @b | $s | $t calls=$calls\n";
my $anon = memoize(sub { $calls++; $_[0] + 1 });
print "anon: ", $anon->(1), $anon->(1), " calls=$calls\n";
sub lower { $calls++; lc $_[0] }
memoize('lower', NORMALIZER => sub { lc $_[0] });
print "normalizer: ", lower('A'), lower('a'), " calls=$calls\n";
sub fib { my $n = shift; $n < 2 ? $n : fib($n - 1) + fib($n - 2) }
memoize('fib');
print "fib(80) = ", fib(80), "\n";
memoize('slow', INSTALL => 'fast_slow');
print "installed: ", main::fast_slow(5), " ", (defined &main::fast_slow ? 1 : 0), "\n";
eval { memoize('no_such_function') }; print "missing: ", ($@ =~ /^Cannot operate on nonexistent function `no_such_function'/ ? 'croak' : $@), "\n";
