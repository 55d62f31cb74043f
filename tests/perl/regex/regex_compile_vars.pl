my @patterns = ('^a', 'b$', '\d{2}', '[xyz]+');
my @words = qw(apple bob 42 xyzzy nothing);
for my $p (@patterns) { my $re = qr/$p/; print "$p: ", join(",", grep { $_ =~ $re } @words), "\n" }
my $dyn = join "|", map { quotemeta } qw(a.b c+d); print "alt: ", join(",", grep { /^(?:$dyn)$/ } ("a.b", "axb", "c+d")), "\n";
