use strict; use warnings;
my %h = (a => undef, b => 0);
for (qw(a b c)) { printf "%s: exists=%s defined=%s\n", $_, (exists $h{$_} ? "y" : "n"), (defined $h{$_} ? "y" : "n") }
delete $h{a}; print exists $h{a} ? "y\n" : "n\n";
