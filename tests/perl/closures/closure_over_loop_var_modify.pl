use strict; use warnings;
my $total = 0;
my @adders = map { my $n = $_; sub { $total += $n } } 1..4;
$_->() for @adders; $_->() for @adders[0, 1];
print "$total\n";
my $x = 1; my $get = sub { $x }; $x = 2; print $get->(), "\n";
