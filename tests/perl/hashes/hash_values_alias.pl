my %h = (a => 1, b => 2);
$_ *= 10 for values %h;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
for my $v (values %h) { $v += 1 }
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
map { $_ .= "!" } values %h; print join(",", map { $h{$_} } sort keys %h), "\n";
