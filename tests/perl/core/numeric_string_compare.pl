my @pairs = ([10, 9], ["10", "9"], ["abc", "abd"], [1.0, "1"], ["1.0", "1"]);
for my $p (@pairs) {
    my ($x, $y) = @$p;
    no warnings;
    printf "%s vs %s: == %d eq %d <=> %d cmp %d\n", $x, $y, ($x == $y) ? 1 : 0, ($x eq $y) ? 1 : 0, $x <=> $y, $x cmp $y;
}
my @sorted = sort { $a <=> $b } (10, 2, 33, 4);
print "@sorted\n";
@sorted = sort (10, 2, 33, 4);
print "@sorted\n";
