use List::Util qw(max min sum first reduce maxstr pairgrep);
my %sales = (east => [10, 20, 5], west => [7, 30], north => []);
for my $r (sort keys %sales) { my @s = @{ $sales{$r} }; printf "%-5s n=%d sum=%s max=%s\n", $r, scalar @s, sum(@s) // 0, max(@s) // '-' }
my $best = reduce { sum(@{ $sales{$a} }) // 0 >= (sum(@{ $sales{$b} }) // 0) ? $a : $b } sort keys %sales; print "best: $best\n";
my @pg = pairgrep { $b > 1 } (a => 1, b => 2, c => 3); print "@pg\n";
my $idx = first { $_->[1] eq 'x' } ([1, 'a'], [2, 'x'], [3, 'x']); print $idx->[0], "\n";
