our $x = 1; our @a = (1, 2);
sub show { print "x=$x a=@a\n" }
sub f { local $x = 2; local @a = (3); show(); g() }
sub g { local $x = $x + 10; show() }
f(); show();
