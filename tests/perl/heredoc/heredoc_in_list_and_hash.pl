my @parts = (<<ONE, "middle\n", <<TWO);
first part
ONE
last part
TWO
print @parts;
print scalar(@parts), "\n";
my %t = (header => <<H, footer => <<F);
== header ==
H
== footer ==
F
print $t{header}, $t{footer};
