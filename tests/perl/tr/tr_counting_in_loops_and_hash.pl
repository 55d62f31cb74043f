my %count;
for my $w (qw(banana bandana cabana)) { $count{$w} = ($w =~ tr/a//) }
print join(", ", map { "$_=$count{$_}" } sort keys %count), "\n";
my $text = "The quick brown fox";
my $upper = ($text =~ tr/A-Z//); my $lower = ($text =~ tr/a-z//); my $spaces = ($text =~ tr/ //);
print "$upper $lower $spaces\n";
(my $swapped = $text) =~ tr/a-zA-Z/A-Za-z/; print "$swapped\n";
