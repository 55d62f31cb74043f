my $s = "aXbXcX";
while ($s =~ /X/g) { print "X at ", pos($s) - 1, "\n" }
print "pos after loop: ", defined pos($s) ? pos($s) : "undef", "\n";
$s =~ /X/g; print "pos now ", pos($s), "\n";
$s =~ /X/g; print "pos now ", pos($s), "\n";
pos($s) = 0; $s =~ /X/g; print "reset pos ", pos($s), "\n";
my $t = "aaa"; $t =~ /a/g; $t =~ /z/g; print defined pos($t) ? "kept\n" : "reset on fail\n";
$t =~ /a/g; $t =~ /z/gc; print "with /c: ", pos($t), "\n";
my $str = "key1=val1;key2=val2";
while ($str =~ /(\w+)=(\w+)/g) { print "$1 -> $2 (pos ", pos($str), ")\n" }
