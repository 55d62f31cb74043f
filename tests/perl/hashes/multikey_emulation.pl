use strict; use warnings;
my %h;
$h{1, 2} = "a";
$h{3, 4} = "b";
for my $k (sort keys %h) { my @parts = split /$;/, $k; print "@parts => $h{$k}\n" }
{ local $; = "|"; $h{5, 6} = "c"; }
print exists $h{"5|6"} ? "custom sep\n" : "no\n";
