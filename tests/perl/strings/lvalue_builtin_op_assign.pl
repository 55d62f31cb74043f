# Assignment operators on lvalue builtins (substr, vec, pos) and \G after an empty match.
my $t = "abc"; substr($t, 0, 1) .= "X"; print "$t\n";
substr($t, -1) x= 3; print "$t\n";
my $v = ''; vec($v, 0, 8) |= 65; vec($v, 1, 8) += 66; print "$v\n";
my $s = "abcdef"; $s =~ /\G./gc; pos($s) += 2; print pos($s), "\n";
pos($s) -= 1; $s =~ /\G(.)/gc; print "$1 ", pos($s), "\n";
my $w = "  x"; my @p;
for (1 .. 3) { $w =~ /\G\s*/gc; push @p, pos($w) }
print "@p\n";
my $h = { b => "k1:v" }; $h->{b} =~ /\G\w+/gc; pos($h->{b}) += 1; $h->{b} =~ /\G(\w+)/gc; print "$1\n";
my ($x, $y) = ("hello", "world"); (substr($x, 0, 1), substr($y, 0, 1)) = ("J", "W"); print "$x $y\n";
