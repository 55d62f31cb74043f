my $s = "The quick brown fox";
print join(" ", reverse split / /, $s), "\n";
print scalar reverse($s), "\n";
print join(" ", map { scalar reverse } split / /, $s), "\n";
print ucfirst(lc(join(" ", reverse split / /, $s))), "\n";
