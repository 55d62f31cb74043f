my @recs = map { [split /:/] } qw(bob:30:NY amy:25:LA cal:30:LA dan:25:NY eve:30:NY fay:25:LA);
print join(" ", map { $_->[0] } sort { $a->[1] <=> $b->[1] } @recs), "\n";
print join(" ", map { $_->[0] } sort { $a->[2] cmp $b->[2] or $b->[1] <=> $a->[1] or $a->[0] cmp $b->[0] } @recs), "\n";
my @words = qw(pear Apple fig banana apple Fig);
print join(" ", sort { lc $a cmp lc $b } @words), "\n";
print join(" ", sort { length $a <=> length $b } @words), "\n";
