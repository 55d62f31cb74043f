my $rec = "John      Smith     042NY";
my @f = unpack "A10 A10 A3 A2", $rec; print join("|", @f), "\n";
my @chunks = $rec =~ /(.{1,5})/g; print scalar(@chunks), " chunks: $chunks[0]|$chunks[-1]\n";
my ($first, $last) = split ' ', $rec; print "$first $last\n";
