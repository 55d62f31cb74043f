my %h = (apple => 3, pear => 7, fig => 3, kiwi => 1, plum => 7);
for my $k (sort { $h{$b} <=> $h{$a} or $a cmp $b } keys %h) { print "$k=$h{$k} " } print "\n";
my @top2 = (sort { $h{$b} <=> $h{$a} || $a cmp $b } keys %h)[0, 1]; print "@top2\n";
