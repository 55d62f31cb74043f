my $in = "Foo foo FOO";
(my $a = $in) =~ s/foo/bar/gi; print "$a\n";
my $cnt = (my $b = $in) =~ s/o/0/g; print "$b $cnt\n";
my $lines = "a\nb\nc"; (my $c = $lines) =~ s/^(.)$/[$1]/gm; print "$c\n";
(my $d = "a.b") =~ s/./X/gs; print "$d\n";
my @r = map { s/\s+/ /gr } ("a  b", "c\t\td"); print "@r\n";
