use strict; use warnings;
my $lex = "outer";
my $got = eval q{ $lex . " seen in eval" }; print "$got\n";
eval q{ $lex = "changed by eval" }; print "$lex\n";
my $res = eval q{ my $lex = "shadow"; $lex }; print "$res $lex\n";
for my $op (qw(+ - * /)) { print "8 $op 2 = ", eval("8 $op 2"), "\n" }
my $n = eval { eval "die qq{inner\\n}"; "outer ok, inner err: $@" }; print $n;
