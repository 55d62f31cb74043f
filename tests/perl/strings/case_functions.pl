my @w = ("hello world", "PERL rules", "mIxEd CaSe", "");
for (@w) { print join("|", uc, lc, ucfirst, lcfirst), "\n" }
my $title = join " ", map { ucfirst lc } split / /, "the QUICK brown FOX";
print "$title\n";
print "\LABC\E-\Uabc\E-\uxyz-\lXYZ\n";
print "\u\LfOO bAR\E\n";
print "Nested: \Uabc \LDEF\E ghi\E jkl\n";
