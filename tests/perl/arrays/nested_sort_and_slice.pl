my @data = ([3, 'c'], [1, 'a'], [2, 'b']);
my @sorted = sort { $a->[0] <=> $b->[0] } @data;
print join(",", map { $_->[1] } @sorted), "\n";
my @letters = map { $_->[1] } @sorted[0, -1]; print "@letters\n";
my ($min) = map { $_->[0] } sort { $a->[0] <=> $b->[0] } @data; print "$min\n";
