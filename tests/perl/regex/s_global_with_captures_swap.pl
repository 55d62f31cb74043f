(my $s = "first last, one two") =~ s/(\w+) (\w+)/$2 $1/g; print "$s\n";
(my $d = "2024-03-15") =~ s/(\d+)-(\d+)-(\d+)/$3.$2.$1/; print "$d\n";
(my $q = "a'b'c") =~ s/'/\\'/g; print "$q\n";
(my $h = "x&y<z>") =~ s/([&<>])/sprintf("&#%d;", ord $1)/ge; print "$h\n";
