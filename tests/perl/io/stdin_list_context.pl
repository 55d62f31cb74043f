my @lines = <STDIN>;
print "count: ", scalar(@lines), "\n";
chomp @lines;
print join("|", reverse @lines), "\n";
