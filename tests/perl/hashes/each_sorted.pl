use strict; use warnings;
my %h = map { $_ => ord($_) } qw(d a c b);
my @pairs;
while (my ($k, $v) = each %h) { push @pairs, "$k:$v" }
print join(" ", sort @pairs), "\n";
for my $k (sort { $h{$b} <=> $h{$a} } keys %h) { print "$k " } print "\n";
