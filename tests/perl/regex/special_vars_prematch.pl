my $s = "The cat sat";
if ($s =~ /cat/) { print "[$`][$&][$']\n" }
if ($s =~ /(?<animal>c\w+) (\w+)/) { print "$+{animal} $2 | ${^MATCH}\n" }
if ($s =~ /s(a)t/p) { print "p flag: ${^PREMATCH}|${^MATCH}|${^POSTMATCH}\n" }
