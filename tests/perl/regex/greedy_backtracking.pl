my $s = "aaa bbb ccc";
my ($x, $y) = $s =~ /^(.*) (.*)$/; print "[$x] [$y]\n";
($x, $y) = $s =~ /^(.*?) (.*)$/; print "[$x] [$y]\n";
print "path: $1\n" if "/a/b/c.txt" =~ m{^(.*)/};
print "file: $1\n" if "/a/b/c.txt" =~ m{([^/]+)$};
print "ext: $1\n" if "archive.tar.gz" =~ /\.([^.]+)$/;
print "all ext: $1\n" if "archive.tar.gz" =~ /^[^.]+\.(.*)$/;
