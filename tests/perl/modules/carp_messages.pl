use Carp qw(carp croak confess cluck);
sub inner { croak "croaked in inner" }
sub outer { inner() }
eval { outer() }; print "err: $@";
sub deep { confess "confessed" } eval { deep() }; my @lines = split /\n/, $@; print "confess first: $lines[0]\n"; print "confess has trace: ", (@lines > 1 ? "yes" : "no"), "\n";
package Lib; use Carp; sub check { croak "bad arg" unless $_[0] } package main;
eval { Lib::check(0) }; print "from lib: $@";
local $SIG{__WARN__} = sub { print "warned: $_[0]" }; sub w { carp "careful" } w();
