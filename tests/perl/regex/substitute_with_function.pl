sub titlecase { my $w = shift; return length($w) > 3 ? ucfirst(lc $w) : lc $w }
(my $s = "THE LORD OF THE RINGS") =~ s/(\w+)/titlecase($1)/ge;
print ucfirst($s), "\n";
my %abbr = (st => "Street", ave => "Avenue", rd => "Road");
(my $addr = "12 Main st, 5 Oak ave, 9 Elm rd") =~ s/\b(st|ave|rd)\b/$abbr{$1}/g;
print "$addr\n";
