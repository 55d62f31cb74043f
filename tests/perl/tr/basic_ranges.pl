(my $s = "hello world") =~ tr/a-z/A-Z/; print "$s\n";
(my $r = "abcxyz") =~ tr/a-y/b-z/; print "$r\n";
(my $d = "a1b2c3") =~ tr/0-9//d; print "$d\n";
(my $q = "aabbccdd") =~ tr/a-z//s; print "$q\n";
(my $c = "hello 123") =~ tr/a-z/_/c; print "$c\n";
(my $cd = "keep only letters 42!") =~ tr/a-zA-Z//cd; print "$cd\n";
my $count = ($s =~ tr/A-Z//); print "upper count: $count\n";
(my $short = "abcdef") =~ tr/a-f/xy/; print "$short\n";
(my $short_d = "abcdef") =~ tr/a-f/xy/d; print "$short_d\n";
