my @pairs = ([0.1 + 0.2, 0.3], [1e-10 + 1, 1], [1/3 * 3, 1], [sqrt(2)**2, 2]);
for (@pairs) { my ($a, $b) = @$_; printf "%.17g vs %.17g: == %s, close %s\n", $a, $b, ($a == $b ? "yes" : "no"), (abs($a - $b) < 1e-9 ? "yes" : "no") }
