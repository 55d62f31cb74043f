my @names = map { ucfirst lc } qw(aLIce BOB cHARLIE);
print "@names\n";
my %h = map { lc($_) => 1 } qw(A b C); print join(",", sort keys %h), "\n";
my $acr = join "", map { uc substr($_, 0, 1) } split / /, "portable network graphics"; print "$acr\n";
