use strict; use warnings;
sub double_in_place { $_ *= 2 for @_ }
my @n = (1, 2, 3); double_in_place(@n); print "@n\n";
my ($x, $y) = (5, 6); double_in_place($x, $y); print "$x $y\n";
sub safe { my @copy = @_; $_ *= 2 for @copy; return @copy } my @m = safe(@n); print "@n | @m\n";
my %h = (a => 1); double_in_place(values %h); print "$h{a}\n";
sub count_args { scalar @_ } print count_args(()), count_args((), 1, ()), count_args(my @e), "\n";
sub set_undef { $_[0] = "set" } my %hh; set_undef($hh{new}); print exists $hh{new} ? "autoviv via alias: $hh{new}\n" : "no autoviv\n";
