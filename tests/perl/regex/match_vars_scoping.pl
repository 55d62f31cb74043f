if ("abc" =~ /(b)/) { print "outer $1\n"; { if ("xyz" =~ /(y)/) { print "inner $1\n" } } print "outer again $1\n" }
sub f { "zzz" =~ /(z)/; return $1 } "q" =~ /(q)/; my $r = f(); print "after sub: $1 (sub saw $r)\n";
for my $s (qw(a1 b2)) { $s =~ /(\d)/; print "loop $1\n" }
