# seek/tell/truncate on read-write handles, dup of STDERR/STDOUT by name and fd, eof.
my $f = "$0.tmp";
open my $rw, '+>', $f or die "open: $!";
print $rw "line one\nline two\nline three\n";
print "tell after write: ", tell($rw), "\n";
seek $rw, 0, 0; my $l = <$rw>; print "first: $l"; print "tell: ", tell($rw), "\n";
seek $rw, 0, 1; print $rw "LINE"; seek $rw, 0, 0; my @all = <$rw>; print "all: @all";
print "eof now: ", (eof($rw) ? 1 : 0), "\n";
truncate $rw, 8; seek $rw, 0, 2; print "size after truncate: ", tell($rw), "\n";
close $rw;
print "seek closed: ", (seek($rw, 0, 0) ? "ok" : "failed"), "\n";
open my $in, '<', $f or die; my $c = getc $in; read $in, my $buf, 3; print "getc+read: $c$buf tell ", tell($in), "\n"; close $in;
open my $out, '>&', STDOUT or die; print $out "dup by glob\n"; close $out;
open my $fd1, '>&=', 1 or die; print $fd1 "dup by fd\n"; close $fd1;
print "tell on unopened: ", tell(NOSUCH), "\n";
unlink $f;
print "after: ", (-e $f ? "exists" : "gone"), "\n";
