# Lexical subs: my sub, state sub, our sub; closures, recursion, shadowing.
use strict;
use warnings;
use feature qw(say current_sub lexical_subs state);
no warnings 'experimental::lexical_subs';

sub greet { "package greet" }
{
    my sub greet { "lexical greet" }
    say greet();
    say &greet();
    my $r = \&greet;
    say $r->();
}
say greet();

my $base = 10;
my sub add { $_[0] + $base }
say add(5);
$base = 20;
say add(5);

# fresh closure per scope entry
my @adders;
for my $n (1 .. 3) {
    my sub add_n { $_[0] + $n }
    push @adders, \&add_n;
}
say join ",", map { $_->(100) } @adders;

# recursion: a predeclared lexical sub sees itself; __SUB__ works anywhere
sub fact2 { "package fact2" }
my sub fact2 { fact2() }
say fact2();
my sub fact;
sub fact { my $k = shift; $k <= 1 ? 1 : $k * fact($k - 1) }
say fact(6);
my sub fib { my $k = shift; $k < 2 ? $k : __SUB__->($k - 1) + __SUB__->($k - 2) }
say fib(15);

state sub counter { state $c = 0; ++$c }
counter() for 1 .. 4;
say counter();

our sub shared { "our sub" }
say shared(), " ", main::shared();

# args and context
my sub ctx { wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @l = ctx();
my $s = ctx();
say "$l[0] $s";
my sub pairs { map { "$_=$_[0]" } 1 .. 2 }
say join " ", pairs("x");

# lexical sub with a signature
use feature 'signatures';
no warnings 'experimental::signatures';
my sub scale ($x, $by = 2) { $x * $by }
say scale(4), " ", scale(4, 3);

# visible in nested named/anon subs
my sub helper { "helped" }
my $anon = sub { helper() . "!" };
say $anon->();
sub outer_named { return helper() }
say outer_named();
