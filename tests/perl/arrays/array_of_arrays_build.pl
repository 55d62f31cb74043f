my @rows;
push @rows, [split /,/] for "1,2,3", "4,5,6", "7,8,9";
print join(";", map { join(",", @$_) } @rows), "\n";
my @col2 = map { $_->[1] } @rows; print "@col2\n";
my @sums = map { my $s = 0; $s += $_ for @$_; $s } @rows; print "@sums\n";
push @{ $rows[0] }, 10; print scalar(@{ $rows[0] }), "\n";
my @flat = map { @$_ } @rows; print scalar(@flat), "\n";
