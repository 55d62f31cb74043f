my $f = "$0.tmp";
open my $o, '>', $f or die; print $o "a\nb\nc\n"; close $o;
open my $i, '<', $f or die;
until (eof($i)) { my $l = <$i>; chomp $l; print "$. $l", (eof($i) ? " (last)" : ""), "\n" }
close $i;
open $i, '<', $f or die; my @x = <$i>; print "after list read \$. = $.\n"; close $i;
unlink $f;
