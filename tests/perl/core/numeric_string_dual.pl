my $x = "10";
my $y = $x + 5;
print "$x $y\n";
my $s = 3.0;
print "$s\n";
my $t = "3.0";
print $t, " ", $t + 0, "\n";
my $big = "1" . "0" x 20;
print $big, " ", $big + 0, "\n";
my $neg = "-0";
print $neg, " ", $neg + 0, " ", -0.0, "\n";
my $h = "0x10"; { no warnings; print $h + 0, " ", hex($h), " ", oct($h), "\n"; }
print "7" x 3 + 1, "\n";
print "2" ** "3", "\n";
