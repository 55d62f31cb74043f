our %config = (debug => 0, level => "info");
sub log_it { print "debug=$config{debug} level=$config{level}\n" }
sub with_debug { local $config{debug} = 1; local $config{extra} = "x"; log_it(); print "extra exists: ", (exists $config{extra} ? 1 : 0), "\n" }
with_debug(); log_it(); print "extra after: ", (exists $config{extra} ? 1 : 0), "\n";
my %lex = (a => 1); { local $lex{a} = 2; local $lex{b} = 3; print join(",", map {"$_=$lex{$_}"} sort keys %lex), "\n"; } print join(",", map {"$_=$lex{$_}"} sort keys %lex), "\n";
my @arr = (1, 2, 3); { local $arr[1] = "L"; print "@arr\n"; } print "@arr\n";
