my @a = (1, 2, 3);
($a[0], $a[2]) = ($a[2], $a[0]); print "@a\n";
my %h; @h{qw(a b c)} = (1..3); print join(",", map { "$_$h{$_}" } sort keys %h), "\n";
my ($x, $y); ($x, $y) = (5) x 2; print "$x $y\n";
my $s = "abc"; (substr($s, 0, 1)) = "X"; print "$s\n";
my @b; ($b[1], $b[3]) = qw(p q); print scalar(@b), "\n";
(my $t = "  trim  ") =~ s/^\s+|\s+$//g; print "[$t]\n";
local $_ = "x"; ($_) = ("y"); print "$_\n";
