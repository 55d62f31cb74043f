srand(42);
my @r = map { int(rand(100)) } 1..10;
print "@r\n";
srand(42);
my @s = map { int(rand(100)) } 1..10;
print "same\n" if "@r" eq "@s";
srand(1);
printf "%.10f\n", rand();
printf "%.6f\n", rand(10);
srand(7);
my @deck = 1..10;
for (my $i = @deck; --$i; ) { my $j = int rand($i + 1); @deck[$i, $j] = @deck[$j, $i]; }
print "@deck\n";
