my $count = 0;
for my $i (1..10) { { next if $i % 2; $count++; } }
print "$count\n";
my $found;
LINE: while (1) { for my $x (1..5) { if ($x == 3) { $found = $x; last LINE } } }
print "$found\n";
my @r; for my $i (1..3) { push @r, $i; last if $i == 2 } continue { push @r, "c$i" }
print "@r\n";
my $k = 0; while ($k < 3) { $k++ } continue { print "cont $k\n" }
