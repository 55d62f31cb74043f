my @n = (5, 3, 5, 1, 3, 9);
my @u = do { my %s; grep { !$s{$_}++ } sort { $b <=> $a } @n };
print "@u\n";
my @top3 = (sort { $b <=> $a } @n)[0..2]; print "@top3\n";
my @srt = sort { $a <=> $b } @n; my $median = $srt[$#srt / 2]; print "$median\n";
