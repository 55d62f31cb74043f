my $f = "$0.tmp";
open my $fh, '+>', $f or die;
print $fh "0123456789";
seek $fh, 0, 0; read $fh, my $buf, 4; print "first4: $buf tell: ", tell($fh), "\n";
seek $fh, 5, 0; print $fh "XY"; seek $fh, 0, 0; my $all = <$fh>; print "after write: $all\n";
seek $fh, -3, 2; read $fh, $buf, 3; print "last3: $buf\n";
seek $fh, 2, 1; print "tell past end: ", tell($fh), "\n";
close $fh; print "size: ", -s $f, "\n"; unlink $f;
