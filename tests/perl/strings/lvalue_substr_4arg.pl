my $s = "0123456789";
substr($s, 3, 4, "");
print "$s\n";
substr($s, 0, 0, "<<");
print "$s\n";
substr($s, length($s), 0, ">>");
print "$s\n";
my $str = "aaa bbb ccc";
while ((my $i = index($str, " ")) >= 0) { substr($str, $i, 1, "_") }
print "$str\n";
my $x = "abc";
{ no warnings; my $r = substr($x, 5); print defined $r ? "def\n" : "undef\n"; }
