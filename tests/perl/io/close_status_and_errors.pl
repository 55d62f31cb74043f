open my $fh, '<', "$0.does-not-exist" or print "open failed ok\n";
my $r = close(STDIN) ? "closed" : "close failed"; print "$r\n";
open my $p, '-|', 'sh -c "exit 1"' or die; my @x = <$p>; my $ok = close $p;
print "close pipe ok=", ($ok ? 1 : 0), " status=", $? >> 8, "\n";
