(my $r = "Hello, World!") =~ tr/A-Za-z/N-ZA-Mn-za-m/; print "$r\n";
$r =~ tr/A-Za-z/N-ZA-Mn-za-m/; print "$r\n";
my $key = "QWERTYUIOPASDFGHJKLZXCVBNM";
(my $enc = "ATTACK AT DAWN") =~ tr/A-Z/QWERTYUIOPASDFGHJKLZXCVBNM/; print "$enc\n";
(my $bin = "10110") =~ tr/01/10/; print "$bin\n";
