# grep's results are the elements themselves where perl aliases them: foreach over a grep,
# sub arguments from a grep; assigning a grep copies.
use strict;
use warnings;
my @n = (1 .. 6);
$_ *= 10 for grep { $_ % 2 } @n;
print "@n\n";
my @copy = grep { $_ > 20 } @n;
$copy[0] = -1;
print "@n | @copy\n";
sub bump { $_++ for @_ }
bump(grep { $_ < 10 } @n);
print "@n\n";
my %h = (a => 1, b => 2, c => 3);
$_ = "<$_>" for grep { $_ > 1 } values %h;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my $count = grep { /0/ } @n;
print "count: $count\n";
