my $s = "aaaa";
my $c = 0; $c++ while $s =~ /a/g; print "$c\n";
$s =~ /a/g; my $p = pos $s; $s .= "b"; print defined pos($s) ? "pos kept $p\n" : "pos reset after modify\n";
my $t = "xyz"; $t =~ /y/g; my $copy = $t; print defined pos($copy) ? "copied pos\n" : "copy has no pos\n";
