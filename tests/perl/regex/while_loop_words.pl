my $text = "The quick brown fox jumps over the lazy dog";
my %len;
while ($text =~ /(\w+)/g) { push @{ $len{length $1} }, lc $1 }
for my $l (sort { $a <=> $b } keys %len) { print "$l: @{$len{$l}}\n" }
