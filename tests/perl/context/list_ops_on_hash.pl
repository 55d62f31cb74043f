my %h = (one => 1, two => 2, three => 3);
my @k = sort keys %h; my @v = sort { $a <=> $b } values %h;
print "@k / @v\n";
my $pairs = () = %h; print "$pairs\n";
my @sorted_pairs = map { "$_=$h{$_}" } sort { $h{$a} <=> $h{$b} } keys %h; print "@sorted_pairs\n";
while (my ($k, $v) = each %h) { $h{$k} = $v * 10 } print join(",", map { $h{$_} } sort keys %h), "\n";
