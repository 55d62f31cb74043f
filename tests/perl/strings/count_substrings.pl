my $s = "the cat and the hat and the bat";
my $n = () = $s =~ /the/g; print "$n\n";
my %c; $c{$_}++ for $s =~ /(\w+at)/g; print join(",", map { "$_=$c{$_}" } sort keys %c), "\n";
my $and = scalar(my @x = $s =~ /\band\b/g); print "$and\n";
print scalar(split(/ /, $s)), "\n";
