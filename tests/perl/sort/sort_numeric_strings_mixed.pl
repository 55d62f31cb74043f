my @v = qw(1.10 1.9 1.10.1 2 10 02);
print join(" ", sort @v), "\n";
{ no warnings; print join(" ", sort { $a <=> $b or $a cmp $b } @v), "\n"; }
my @versions = sort { my @a = split /\./, $a; my @b = split /\./, $b; my $r = 0; for my $i (0..2) { $r = ($a[$i] // 0) <=> ($b[$i] // 0) and last } $r } qw(1.10 1.9 1.10.1 1.2);
print "@versions\n";
