my $text = "Name: Ann\nAge: 30\n\nName: Bob\nAge: 25\n";
my @recs = $text =~ /Name: (\w+)\nAge: (\d+)/g;
while (my ($n, $a) = splice @recs, 0, 2) { print "$n is $a\n" }
my @names = $text =~ /^Name: (\w+)$/mg; print "@names\n";
my $count = () = $text =~ /^$/mg; print "blank lines: $count\n";
