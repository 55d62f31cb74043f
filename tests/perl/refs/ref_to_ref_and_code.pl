use strict; use warnings;
my $x = 10;
my $r = \$x; my $rr = \$r; my $rrr = \$rr;
$$$$rrr = 20; print "$x\n";
my %dispatch = (add => sub { $_[0] + $_[1] }, mul => sub { $_[0] * $_[1] }, neg => \&negate);
sub negate { -$_[0] }
for my $op (sort keys %dispatch) { print "$op: ", $dispatch{$op}->(6, 7), "\n" }
my $named = \&negate; print $named->(5), " ", &$named(6), "\n";
my @subs = map { my $n = $_; sub { $n * shift } } 1..3;
print join(",", map { $_->(10) } @subs), "\n";
