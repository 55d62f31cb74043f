my $s = "aaa";
my $n = ($s =~ s/a/b/g); print "$n $s\n";
$n = ($s =~ s/x/y/g); print "[", $n, "] ", ($n eq "" ? "empty string" : "other"), "\n";
my $r = ($s =~ s/b/c/r); print "$r $s\n";
my @l = ("x1", "y2"); my $count = 0; $count += s/\d/#/ for @l; print "$count @l\n";
