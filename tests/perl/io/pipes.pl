open(my $p, '-|', 'echo', 'from child') or die; my $l = <$p>; close $p; print "read: $l";
open(my $q, "echo piped | tr a-z A-Z |") or die; print "2arg: ", <$q>; close $q;
open(my $w, '|-', 'cat') or die; print $w "to cat\n"; close $w;
open(my $s, '| sort') or die; print $s "$_\n" for qw(c a b); close $s;
open(my $f, '-|', 'sh', '-c', 'exit 3') or die; my @x = <$f>; close $f; print "child status: ", $? >> 8, "\n";
