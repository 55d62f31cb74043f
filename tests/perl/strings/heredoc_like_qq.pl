my $who = "you";
my $text = qq{
Dear $who,
  Thanks for @{[ 1 + 1 ]} things.
};
print $text;
print q(nested (parens) ok), "\n";
print qq<angle <nested> $who>, "\n";
print qq|pipe $who|, "\n";
print qq#hash $who#, "\n";
