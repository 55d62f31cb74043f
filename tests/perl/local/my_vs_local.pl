our $g = "global";
my $lex = "lexical";
sub see { return "g=$g" }
sub test_local { local $g = "local"; return see() }
sub test_my { my $g = "my"; return see() }
print test_local(), " ", test_my(), " ", see(), "\n";
{ my $lex = "inner"; print "$lex\n"; } print "$lex\n";
