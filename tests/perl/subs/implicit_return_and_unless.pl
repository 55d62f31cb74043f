use strict; use warnings;
sub classify { my $n = shift; return "small" if $n < 10; $n < 100 ? "medium" : "large" }
print join(" ", map { classify($_) } 5, 50, 500), "\n";
sub maybe { my $x = shift; if ($x) { return "yes" } }
my @r = maybe(0); print scalar(@r), "\n";
