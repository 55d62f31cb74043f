my $s = "abc";
substr($s, 1, 1) = "XYZ"; print "$s\n";
substr($s, 0, 10) = "short"; print "$s\n";
my $t = "hello"; substr($t, 2) = ""; print "$t\n";
my $u = "abcdef"; print substr($u, -3, -1), "\n";
my $v = "abc"; { no warnings; my $r = substr($v, 3); print defined $r ? "[$r]\n" : "undef\n"; }
my $w = "0123456789"; my @parts = map { substr($w, $_ * 3, 3) } 0..3; print "@parts\n";
