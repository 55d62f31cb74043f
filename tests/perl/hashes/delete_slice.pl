use strict; use warnings;
my %h = map { $_ => uc } 'a'..'f';
my @gone = delete @h{qw(a c e)};
print "@gone\n";
print join(",", sort keys %h), "\n";
my %copy = %h; delete $copy{b}; print scalar(keys %h), " ", scalar(keys %copy), "\n";
my @arr = (1..5); my @d = delete @arr[1, 2]; print "@d\n";
