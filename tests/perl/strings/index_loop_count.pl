my $text = "abracadabra";
my $count = 0; my $pos = 0;
while (($pos = index($text, "abra", $pos)) != -1) { $count++; $pos++ }
print "$count\n";
my @positions; $pos = length $text;
while (($pos = rindex($text, "a", $pos - 1)) != -1) { push @positions, $pos; last if $pos == 0 }
print "@positions\n";
