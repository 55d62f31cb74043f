my @s = ("a", "z", "Az", "zz", "a9", "Zz", "zZ9", "09", "a0b", "", "abc", "Zzz99");
for my $s (@s) { my $t = $s; $t++; print "'$s' -> '$t'\n"; }
my $u; $u++; print "undef++ = $u\n";
my $d; $d--; print "undef-- = $d\n";
my $f = 1.5; $f++; print "$f\n";
my $n = "12abc"; { no warnings; $n++; } print "$n\n";
my $neg = -1; $neg++; $neg++; print "$neg\n";
my $dec = "aa"; { no warnings; $dec--; } print "$dec\n";
