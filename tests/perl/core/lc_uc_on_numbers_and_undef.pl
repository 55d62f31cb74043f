no warnings;
print uc(undef), "|", lc(12), "|", ucfirst(""), "|", length(undef) // "undef", "\n";
print "x" . undef . "y", "\n";
my @a; print "[@a]\n";
my $u; $u .= "appended"; print "$u\n";
my $n; $n += 5; print "$n\n";
my $m; $m *= 5; print "$m\n";
