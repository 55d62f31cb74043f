use strict; use warnings;
my @m = ([1, 2, 3], [4, 5, 6], [7, 8, 9]);
print $m[1][2], " ", $m[2]->[0], " ", ${$m[0]}[1], "\n";
my @t;
for my $i (0..2) { for my $j (0..2) { $t[$j][$i] = $m[$i][$j] } }
print join("\n", map { join(" ", @$_) } @t), "\n";
my @grid; $grid[2][3] = "x"; print scalar(@grid), " ", scalar(@{$grid[2]}), "\n";
print defined $grid[0] ? "def\n" : "undef row\n";
my $sum = 0; $sum += $_ for map { @$_ } @m; print "sum $sum\n";
my @diag = map { $m[$_][$_] } 0..$#m; print "@diag\n";
