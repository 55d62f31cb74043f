no warnings;
printf "%s %s|\n", "one";
printf "%s|\n", "one", "two";
printf "%d|\n";
printf "%z|\n";
printf "%s %y %s\n", "a", "b";
my $s = sprintf "%s";
print "[$s]\n";
