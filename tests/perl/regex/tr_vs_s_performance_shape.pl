my $s = "hello world" x 3;
(my $a = $s) =~ tr/lo/01/; (my $b = $s) =~ s/l/0/g; $b =~ s/o/1/g;
print $a eq $b ? "same result\n" : "different\n";
print "$a\n";
