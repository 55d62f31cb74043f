# Tie::Array / Tie::StdArray / Tie::Scalar / Tie::StdScalar base classes.
use strict;
use warnings;
use Tie::Array;
use Tie::Scalar;
$| = 1;
package Logged; our @ISA = ('Tie::StdArray');
our @log;
sub STORE { push @log, "STORE $_[1]"; $_[0]->[ $_[1] ] = $_[2] }
package Sparse; our @ISA = ('Tie::Array');
sub TIEARRAY { bless { data => {}, size => 0 }, shift }
sub FETCH { $_[0]{data}{ $_[1] } }
sub STORE { $_[0]{data}{ $_[1] } = $_[2]; $_[0]{size} = $_[1] + 1 if $_[1] >= $_[0]{size} }
sub FETCHSIZE { $_[0]{size} }
sub STORESIZE { my ($s, $n) = @_; delete @{ $s->{data} }{ grep { $_ >= $n } keys %{ $s->{data} } }; $s->{size} = $n }
package Upper; our @ISA = ('Tie::StdScalar');
sub STORE { ${ $_[0] } = uc $_[1] }
package main;
tie my @a, 'Logged';
@a = (1, 2, 3);
push @a, 4;
print "array: @a size ", scalar(@a), " last $#a pop ", pop(@a), " shift ", shift(@a), "\n";
unshift @a, 0;
my @removed = splice(@a, 1, 1, 'x', 'y');
print "after splice: @a removed @removed\n";
print "log: ", scalar(@Logged::log), "\n";
tie my @s, 'Sparse';
push @s, qw(a b c d);
print "sparse: @s size ", scalar(@s), "\n";
print "pop: ", pop(@s), " shift: ", shift(@s), " now: @s\n";
unshift @s, 'z';
my @sp = splice(@s, 1, 1);
print "splice: @sp now: @s\n";
splice(@s, 1, 0, 'm', 'n');
print "insert: @s\n";
@s = ();
print "cleared: ", scalar(@s), "\n";
tie my $u, 'Upper', 'init';
print "scalar init: $u\n";
$u = 'hello';
print "upper: $u\n";
tie my $plain, 'Tie::StdScalar';
$plain = 5; $plain++;
print "plain: $plain\n";
eval { tie my $bad, 'Tie::Scalar' }; print "no TIESCALAR: ", ($@ =~ /^Tie::Scalar doesn't define a TIESCALAR method/ ? 'croak' : $@), "\n";
