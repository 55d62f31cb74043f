my $text = "line one\nline two\r\nline three\n\nline five";
my @lines = split /\r?\n/, $text; print scalar(@lines), "\n";
print "[$_]\n" for @lines;
my @paras = split /\n{2,}/, "p1 a\np1 b\n\n\np2\n\np3"; print scalar(@paras), "\n";
