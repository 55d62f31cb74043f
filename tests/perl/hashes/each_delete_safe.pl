my %h = map { $_ => $_ ** 2 } 1..6;
for my $k (sort { $a <=> $b } keys %h) { delete $h{$k} if $h{$k} > 10 }
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
