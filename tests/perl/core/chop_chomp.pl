my $s = "line\n"; my $r = chomp($s); print "[$s] $r\n";
$s = "line"; $r = chomp($s); print "[$s] $r\n";
$s = "abc"; $r = chop($s); print "[$s] $r\n";
my @l = ("a\n", "b\n", "c"); $r = chomp(@l); print "[@l] $r\n";
{ local $/ = "xx"; my $t = "dataxxxx"; chomp $t; print "[$t]\n"; }
{ local $/ = ""; my $t = "para\n\n\n"; chomp $t; print "[$t]\n"; }
{ local $/; my $t = "keep\n"; chomp $t; print "[$t]\n"; }
my %h = (a => "x\n", b => "y\n"); chomp(%h); print join(",", map {"$_=$h{$_}"} sort keys %h), "\n";
$_ = "topic\n"; chomp; print "[$_]\n";
