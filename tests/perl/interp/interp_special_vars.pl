$_ = "topic"; my @a = (1, 2);
print "topic: $_, count: ${\ scalar @a}, pid-free: ok\n";
"abc" =~ /(b)/; print "capture in string: $1, match: $&\n";
print "array elem expr: $a[$#a], neg: $a[-2]\n";
my %h = ('a b' => 1); print "quoted key: $h{'a b'}\n";
my $obj = { list => [10, 20] }; print "deref chain: $$obj{list}[1] ${$obj}{list}->[0]\n";
