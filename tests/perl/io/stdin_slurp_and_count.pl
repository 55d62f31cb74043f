local $/;
my $all = <STDIN>;
my @lines = split /\n/, $all;
my $words = () = $all =~ /\S+/g;
printf "%d lines, %d words, %d chars\n", scalar @lines, $words, length $all;
print "longest: ", (sort { length $b <=> length $a } @lines)[0], "\n";
