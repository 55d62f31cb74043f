my %h = (a => [1, 2], b => [3]);
print join("; ", map { "$_: " . join(",", @{ $h{$_} }) } sort keys %h), "\n";
my @m = ([1, 2, 3], [4, 5, 6]);
print join("\n", map { join("\t", @$_) } @m), "\n";
print "=" x length("title"), "\ntitle\n", "=" x 5, "\n";
