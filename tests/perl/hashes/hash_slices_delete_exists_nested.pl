my %h = (a => { x => 1, y => 2 }, b => { x => 3 });
print join(",", map { exists $h{$_}{y} ? "$_:y" : "$_:-" } sort keys %h), "\n";
delete $h{a}{x}; print join(",", sort keys %{ $h{a} }), "\n";
my @xs = map { $h{$_}{x} // "U" } sort keys %h; print "@xs\n";
my %flat = map { my $k = $_; map { ("$k.$_" => $h{$k}{$_}) } keys %{ $h{$k} } } keys %h;
print join(",", map { "$_=$flat{$_}" } sort keys %flat), "\n";
