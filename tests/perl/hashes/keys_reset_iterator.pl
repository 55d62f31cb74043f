use strict; use warnings;
my %h = (a => 1, b => 2, c => 3);
my $n = 0;
while (my ($k) = each %h) { $n++; last }
keys %h;
my @all; while (my ($k, $v) = each %h) { push @all, $k }
print scalar(@all), "\n";
print scalar(keys %h), "\n";
