print "before\n";
END { print "end block ran, status " . $? . "\n" }
my $x = 1 / ($x // 0);
