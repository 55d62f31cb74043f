my $s = "a1b2c3";
my @p; while ($s =~ /(\d)/g) { push @p, pos($s) . ":$1" } print "@p\n";
my @letters = $s =~ /([a-z])/g; print "@letters\n";
$s =~ /b/g; my @rest = $s =~ /\G(.)/g; print "@rest\n";
pos($s) = 2; $s =~ /\G(.)/; print "after manual pos: $1\n";
