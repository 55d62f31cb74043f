use feature 'say';
print "a", "b", "\n";
say "said";
say for 1..2;
printf("%s-%s\n", "x", "y");
printf STDOUT "to %s\n", "STDOUT";
print STDOUT "explicit\n";
{ local $, = ","; local $\ = "!\n"; print "a", "b", "c"; }
{ local $" = ":"; my @a = (1, 2, 3); print "@a\n"; }
say "list", "of", "items";
{ local $, = "-"; say 1, 2, 3; }
$_ = "topic\n"; print;
