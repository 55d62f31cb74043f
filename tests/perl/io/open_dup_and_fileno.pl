open my $dup, '>&', \*STDOUT or die "dup: $!";
print $dup "via dup\n";
close $dup;
open my $dup2, '>&STDOUT' or die; print {$dup2} "via 2-arg dup\n"; close $dup2;
print fileno(STDIN), fileno(STDOUT), fileno(STDERR), "\n";
print "still stdout\n";
