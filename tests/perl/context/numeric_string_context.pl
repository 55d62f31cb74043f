my @a = (1, 2, 3);
print "count+1: ", @a + 1, "\n";
print "as string: " . @a . "\n";
my %h = (a => 1, b => 2);
print "keys: ", scalar(keys %h), "\n";
my $n = "5 apples"; { no warnings; print $n * 2, "\n"; }
print "10" + "10", " ", "10" . "10", "\n";
print "3" x 3, " ", 3 x 3, "\n";
