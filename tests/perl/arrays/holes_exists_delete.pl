# exists/delete on arrays with holes: element stores, $#a growth, deleting at the end shrinks past holes, copies.
my @a; $a[3] = 1; print join(",", map { exists $a[$_] ? 1 : 0 } 0..4), "\n";
my @b = (1) x 3; $#b = 5; print join(",", map { exists $b[$_] ? 1 : 0 } 0..6), " ", scalar(@b), "\n";
my @c = (1..6); delete $c[5]; delete $c[4]; print scalar(@c), "\n"; delete $c[2]; delete $c[3]; print scalar(@c), " ", join(",", map { exists $c[$_] ? 1 : 0 } 0..3), "\n";
my @d = (1, 2, 3); delete @d[1, 2]; print scalar(@d), "\n";
my @e; $e[2] = 0; my @f = @e; print join(",", map { exists $f[$_] ? 1 : 0 } 0..2), "\n";
local $, = "-"; my @g; $g[1] = "x"; print map { defined $_ ? $_ : "u" } @g; print "\n";
