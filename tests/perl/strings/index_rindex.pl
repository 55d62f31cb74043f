my $s = "the cat sat on the mat";
print index($s, "at"), " ", index($s, "at", 6), " ", index($s, "dog"), "\n";
print rindex($s, "at"), " ", rindex($s, "at", 20), " ", rindex($s, "the"), "\n";
print index($s, ""), " ", rindex($s, ""), " ", index($s, "", 100), "\n";
print index($s, "t", -5), "\n";
my $pos = -1; my @all;
while (($pos = index($s, "a", $pos + 1)) != -1) { push @all, $pos }
print "@all\n";
print index("", "a"), " ", rindex("abc", "c", 0), "\n";
