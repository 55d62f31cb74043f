# Carp: croak/carp/confess/cluck messages, caller attribution, argument formatting.
use strict;
use warnings;
use Carp qw(carp croak confess cluck);
$| = 1;
sub show { my $s = join '', @_; $s =~ s/0x[0-9a-f]+/0xADDR/g; $s =~ s/\(eval \d+\)/(eval N)/g; print $s }
$SIG{__WARN__} = sub { show("W: $_[0]") };

sub f { confess "boom" }
eval { f(1, 'a', undef, "it's", 1.5, -3, "1e5", [1], "x" x 70) }; show "A: $@";
package Foo; use Carp; sub g { croak "in g" } sub h { carp "warn h" } sub n { croak "nl\n" }
sub cl { Carp::cluck("cluck", "ed") }
package main;
eval { Foo::g() }; show "B: $@";
sub top { Foo::g() } eval { top() }; show "C: $@";
eval { Foo::n() }; show "D: $@";
Foo::h();
sub mainf { croak "main croak" } eval { mainf(2) }; show "E: $@";
eval "Foo::g(); 1" or show "F: $@";
eval { local $Carp::CarpLevel = 1; sub lv { Foo::g() } lv() }; show "G: $@";
eval { cluck("clk") };
show "H: ", Carp::shortmess("sm"), "I: ", Carp::longmess("lm");
{ local $Carp::Verbose = 1; eval { Foo::g() }; show "J: $@"; }
eval { f("x" x 70, "\x{263a}", "a\nb", "q\"q", '$x@y', "\t", 0, "007", "-0.5", " 1") }; show "K: $@";
eval { f(1..10) }; show "L: $@";
eval { f("\xe9", {}, \"s", sub {1}) }; show "M: $@";
sub g2 { f(@_) } sub h2 { &g2 }
eval { h2(5) }; show "N: $@";
eval { my $x = sub { confess "anon" }; $x->(1) }; show "O: $@";
eval { f("-0.5", " 1", "1.", ".5", "1e", "+1", "1_000", "0x10") }; show "P: $@";
eval { f("-1e-5","1E5", "1.2.3", "", "-", "Inf", "NaN", 1e100) }; show "Q: $@";
eval { f("\x7f\x80 ~", "\r\0", chr(300)) }; show "R: $@";
eval { eval "f(3)"; show "S: $@" };
eval { croak({ code => 42 }) }; show "T: ", ref($@), " $@->{code}\n";
Foo::cl();
open(FH, '<', $0) or die; my $line = <FH>; $line = <FH>;
eval { Foo::g() }; show "U: $@";
eval { f() }; show "V: $@";
eval { die "plain" }; show "W: $@";
close FH;
{ local $Carp::MaxArgLen = 5; local $Carp::MaxArgNums = 2; eval { f("abcdefgh", 2, 3) }; show "X: $@"; }
package Base1; use Carp; sub b1 { croak "b1" }
package Derived1; our @ISA = ('Base1'); sub d1 { Base1::b1() }
package Other1; our @CARP_NOT = ('Derived1'); sub o1 { Derived1::d1() }
package main;
eval { Derived1::d1() }; show "Y: $@";
eval { Other1::o1() }; show "Z: $@";
sub mm { Other1::o1() } eval { mm() }; show "AA: $@";
Foo::g();
