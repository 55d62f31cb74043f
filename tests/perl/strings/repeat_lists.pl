my @grid = map { [ (".") x 4 ] } 1..3;
$grid[1][2] = "#";
print join("", @$_), "\n" for @grid;
my $line = "=" x 3 . "|" . "=" x 3;
print "$line\n";
