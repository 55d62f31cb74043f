my @counts = map { tr/a-z// } qw(Hello WORLD mixedCASE);
print "@counts\n";
my $str = "0123456789"; (my $r = $str) =~ tr/0-9/a-j/; print "$r\n";
(my $x = "hello") =~ tr/a-y/b-z/; print "$x\n";
