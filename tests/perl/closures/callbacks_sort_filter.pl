use strict; use warnings;
sub filter_by { my ($pred, @list) = @_; return grep { $pred->($_) } @list }
my $min = 3;
my @r = filter_by(sub { $_[0] > $min }, 1..6);
print "@r\n";
$min = 5; @r = filter_by(sub { $_[0] > $min }, 1..6); print "@r\n";
my %order = (low => 1, mid => 2, high => 3);
my $by_order = sub { $order{$a} <=> $order{$b} };
print join(" ", sort $by_order qw(high low mid)), "\n";
