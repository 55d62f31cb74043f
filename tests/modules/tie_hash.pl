# Tie::Hash base classes: Tie::StdHash, Tie::ExtraHash, and Tie::Hash defaults.
use strict;
use warnings;
use Tie::Hash;
$| = 1;
package Upper; our @ISA = ('Tie::StdHash');
sub STORE { $_[0]->{ uc $_[1] } = $_[2] }
package Counted; our @ISA = ('Tie::ExtraHash');
sub TIEHASH { my $class = shift; bless [{}, 0], $class }
sub STORE { $_[0][1]++; $_[0][0]{ $_[1] } = $_[2] }
package Minimal; our @ISA = ('Tie::Hash');
sub TIEHASH { bless { data => {} }, shift }
sub FETCH { $_[0]{data}{ $_[1] } }
sub STORE { $_[0]{data}{ $_[1] } = $_[2] }
sub FIRSTKEY { my @k = sort keys %{ $_[0]{data} }; $k[0] }
sub NEXTKEY { my @k = sort keys %{ $_[0]{data} }; for my $i (0 .. $#k) { return $k[ $i + 1 ] if $k[$i] eq $_[1] } undef }
sub DELETE { delete $_[0]{data}{ $_[1] } }
package main;
tie my %u, 'Upper';
$u{abc} = 1; $u{Def} = 2;
print join(',', map { "$_=$u{$_}" } sort keys %u), " exists: ", (exists $u{ABC} ? 1 : 0), (exists $u{abc} ? 1 : 0), "\n";
delete $u{ABC};
print "after delete: ", join(',', sort keys %u), " scalar: ", (scalar(%u) ? 'true' : 'false'), "\n";
%u = ();
print "cleared: ", scalar(keys %u), "\n";
my $obj = tie my %c, 'Counted';
$c{$_} = $_ for qw(x y z);
print "counted: $obj->[1] ", join(',', sort keys %c), "\n";
tie my %m, 'Minimal';
$m{b} = 2; $m{a} = 1;
print "minimal keys: ", join(',', keys %m), "\n";
%m = ();
print "minimal cleared: ", scalar(keys %m), "\n";
eval { Tie::Hash->TIEHASH }; print "no TIEHASH: ", ($@ =~ /^Tie::Hash doesn't define a TIEHASH method/ ? 'croak' : $@), "\n";
my $bad = bless {}, 'Tie::Hash';
eval { $bad->EXISTS('x') }; print "no EXISTS: ", ($@ =~ /^Tie::Hash doesn't define an EXISTS method/ ? 'croak' : $@), "\n";
untie %u;
