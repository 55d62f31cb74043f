use warnings;
my %h = (1, 2, 3);
print scalar(keys %h), "\n";
