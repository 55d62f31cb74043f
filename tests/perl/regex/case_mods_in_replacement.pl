my $s = "john smith";
(my $a = $s) =~ s/(\w+) (\w+)/\u$1 \U$2/; print "$a\n";
(my $b = "HELLO") =~ s/(\w+)/\L\u$1/; print "$b\n";
(my $c = "mixed Case words") =~ s/(\w+)/\u\L$1/g; print "$c\n";
(my $d = "abc") =~ s/b/\Q.*\E/; print "$d\n";
(my $e = "x") =~ s/x/\\n/; print "$e\n";
(my $f = "tab") =~ s/tab/a\tb/; print "$f\n";
