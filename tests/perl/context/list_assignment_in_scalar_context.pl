my $n = (my ($a, $b) = (5, 6, 7));
print "$n $a $b\n";
my $count = () = (1, 2, 3, 4);
print "$count\n";
if ((my @found = grep { $_ > 2 } 1..5) >= 3) { print "found @found\n" }
my $str = "a=1,b=2";
my $pairs = () = $str =~ /(\w)=(\d)/g; print "$pairs\n";
while (my ($k, $v) = splice(@{[qw(x 1 y 2)]}, 0, 2)) { print "$k$v\n"; last }
