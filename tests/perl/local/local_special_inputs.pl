my $data = "a:b:c\nd:e\n";
open my $fh, '<', \$data or die;
my @recs = do { local $/ = ":"; <$fh> };
print scalar(@recs), " records: ", join("|", map { s/\n/\\n/gr } @recs), "\n";
my $sep = do { local $" = "-"; my @x = (1, 2, 3); "@x" }; print "$sep\n";
my $line = do { local $, = "+"; local $\ = ""; my $buf = ""; open my $o, '>', \$buf; print $o 1, 2, 3; close $o; $buf }; print "$line\n";
