(my $a = "ABCdef123") =~ tr/A-Za-z0-9/a-zA-Z#/; print "$a\n";
(my $b = "hello") =~ tr/a-z/A-C/; print "$b\n";
(my $c = "hello") =~ tr/elo/123/; print "$c\n";
(my $d = "aabbcc") =~ tr/abc/x/s; print "$d\n";
(my $e = "aabbcc") =~ tr/abc//cd; print "$e\n";
