sub sorted { return sort { $a <=> $b } @_ }
my @s = sorted(3, 1, 2); print "@s\n";
my @inplace = (5, 4, 3); @inplace = sort { $a <=> $b } @inplace; print "@inplace\n";
my ($min) = sort { $a <=> $b } 9, 4, 7; print "$min\n";
my $cnt = () = sort 1..5; print "$cnt\n";
