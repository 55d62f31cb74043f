my $f = "$0.tmp";
open my $o, '>:raw', $f or die; print $o pack("C*", 0..255); close $o;
print -s $f, "\n";
open my $i, '<:raw', $f or die; local $/; my $d = <$i>; close $i;
print length($d), " ", ord(substr($d, 200, 1)), "\n";
unlink $f;
