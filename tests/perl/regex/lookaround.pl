my $s = "price: $100, cost: $250, tax 15";
my @d = $s =~ /(?<=\$)(\d+)/g; print "@d\n";
my @nd = $s =~ /\b(?<!\$)(\d+)\b/g; print "@nd\n";
(my $c = "1234567") =~ s/(?<=\d)(?=(\d{3})+$)/,/g; print "$c\n";
print "password ok\n" if "abc123XY" =~ /^(?=.*\d)(?=.*[A-Z]).{8,}$/;
my @w = "foobar foobaz" =~ /foo(?!bar)(\w+)/g; print "@w\n";
my @q = "aaa" =~ /(?=(aa))/g; print scalar(@q), "\n";
