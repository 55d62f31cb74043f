(my $t = "a\tb\nc") =~ tr/\t\n/ |/; print "$t\n";
(my $s = "path/to/file") =~ tr{/}{\\}; print "$s\n";
(my $h = "a-b") =~ tr/a\-b/xyz/; print "$h\n";
(my $r = "abc") =~ tr/a-c/A-C/; print "$r\n";
(my $o = "\x00\x01A") =~ tr/\x00-\x1f/./; print "$o\n";
my $v = "hello"; my $cnt = $v =~ tr/a-z//; print "$cnt\n";
