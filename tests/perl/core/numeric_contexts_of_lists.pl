my @a = (1) x 7;
print scalar(@a) + 0, " ", @a + 0, " ", "@a" + 0, " ", $#a + 1, "\n";
my %h = map { $_ => 1 } 1..4;
print scalar(keys %h) * 2, "\n";
print "last element index is $#a\n";
my $r = [1, 2, 3]; print scalar(@$r) . "", " ", $#{$r}, "\n";
