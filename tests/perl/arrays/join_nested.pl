my @a = (1, [2, 3], 4);
print join(",", map { ref $_ ? "[" . join(",", @$_) . "]" : $_ } @a), "\n";
my @aoa = ([qw(a b)], [qw(c d)]);
print join(";", map { join(",", @$_) } @aoa), "\n";
