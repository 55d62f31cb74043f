my @list = (3, 1, 2);
print "sorted: @{[ sort @list ]}\n";
print "count: ${\ scalar(@list)}\n";
print "sum: @{[ eval { my $t = 0; $t += $_ for @list; $t } ]}\n";
my $obj = { name => "n" }; print "ref field: $obj->{name} $$obj{name}\n";
my @aoa = ([1, 2], [3, 4]); print "aoa: $aoa[1][0] $aoa[1]->[1]\n";
my %hoh = (a => { b => "deep" }); print "hoh: $hoh{a}{b}\n";
