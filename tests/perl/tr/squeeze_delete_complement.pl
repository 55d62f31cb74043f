(my $s = "too    many     spaces") =~ tr/ //s; print "$s\n";
(my $n = "1,234,567") =~ tr/,//d; print $n + 1, "\n";
(my $p = "Hello, World! 123") =~ tr/a-zA-Z0-9 //cd; print "$p\n";
(my $sq = "bookkeeper") =~ tr/a-z//s; print "$sq\n";
(my $cs = "a!!b??c") =~ tr/a-z/-/cs; print "$cs\n";
my $x = "aaa"; my $cnt = ($x =~ tr/a/a/); print "counted without change: $cnt $x\n";
