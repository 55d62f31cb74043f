use strict; use warnings;
my $n = 0; my $total = 0;
while (my $l = <STDIN>) { chomp $l; $n++; $total += $l if $l =~ /^\d+$/; print "$.: $l\n" }
print "lines=$n total=$total\n";
