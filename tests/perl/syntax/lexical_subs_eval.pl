# Lexical subs are visible to string evals in their scope.
use v5.36;
my sub hid { "hid @_" }
say eval 'hid(1)';
say eval q{ my $r = \&hid; $r->(2) };
sub named { eval 'hid(3)' } say named();
