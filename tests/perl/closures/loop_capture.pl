use strict; use warnings;
my @subs;
for my $i (1..3) { push @subs, sub { "i=$i" } }
print join(" ", map { $_->() } @subs), "\n";
my @s2; my $j = 0;
while ($j < 3) { my $k = $j; push @s2, sub { "k=$k" }; $j++ }
print join(" ", map { $_->() } @s2), "\n";
my @s3; for (my $x = 0; $x < 3; $x++) { push @s3, sub { "x=$x" } }
print join(" ", map { $_->() } @s3), "\n";
