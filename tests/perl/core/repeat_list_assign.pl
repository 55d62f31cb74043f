my @a = ('a', 'b') x 2;
my ($first, @rest) = ('x') x 4;
print "@a | $first | @rest\n";
my %h = map { ($_ => 0) } qw(x y);
my @init = (undef) x 3; print scalar(@init), "\n";
