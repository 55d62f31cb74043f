print STDERR "this goes to stderr\n";
my $old = select(STDERR); print "also stderr\n"; select($old);
print "stdout\n";
my $buf = ''; open my $m, '>', \$buf; my $prev = select $m; print "captured"; $| = 1; select $prev; close $m;
print "buf=$buf\n";
printf STDERR "%s\n", "printf stderr";
