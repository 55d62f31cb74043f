my $f = "$0.tmp";
open my $o, '>', $f or die;
printf $o "%03d %s\n", $_, "x" x $_ for 1..5;
close $o;
open my $i, '<', $f or die;
while (my $l = <$i>) { chomp $l; my ($n, $x) = split / /, $l; print "$.:$n:", length($x), "\n" }
print "eof reached: ", (eof($i) ? "yes" : "no"), "\n";
close $i;
print "lines via wc-like: ", scalar(do { open my $j, '<', $f; my @l = <$j>; @l }), "\n";
unlink $f;
