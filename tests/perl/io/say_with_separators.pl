use feature 'say';
{ local $\ = "!"; say "with ORS"; print "\n"; }
{ local $, = "+"; say 1, 2, 3; }
say;
$_ = "topic"; say;
say for qw(a b);
my @e; say @e;
