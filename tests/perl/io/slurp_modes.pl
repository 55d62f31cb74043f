my $file = "$0.tmp";
open my $out, '>', $file or die; print $out "line1\nline2\n\npara2 a\npara2 b\n\n\n\npara3\n"; close $out;
{ open my $in, '<', $file or die; local $/; my $all = <$in>; print "slurp length: ", length($all), "\n"; close $in; }
{ open my $in, '<', $file or die; local $/ = ""; my @paras = <$in>; print "paragraphs: ", scalar(@paras), "\n"; print map { "[" . join("/", split /\n/) . "]\n" } @paras; }
{ open my $in, '<', $file or die; local $/ = \5; my @chunks = <$in>; print "chunks of 5: ", scalar(@chunks), " first=[$chunks[0]]\n"; }
{ open my $in, '<', $file or die; local $/ = "a"; my $first = <$in>; print "up to a: ", length($first), "\n"; }
unlink $file; print -e $file ? "still there\n" : "removed\n";
