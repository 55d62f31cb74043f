my @a = map { $_ * 10 } 1..5;
my %h = (x => 1, y => 2);
print "slice: @a[1..3]\n";
print "neg slice: @a[-2,-1]\n";
print "hash slice: @h{qw(x y)}\n";
print "count: ${\ scalar @a} / last idx: $#a\n";
my $r = \@a; print "ref slice: @{$r}[0,1] / @$r[2]\n";
print "nested quote: @{[ map { \"<$_>\" } @a[0,1] ]}\n";
