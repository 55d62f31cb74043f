my @s = sort { $a->[0] cmp $b->[0] || $a->[1] <=> $b->[1] } map { [split /:/] } qw(b:2 a:10 a:9 b:1);
print join(" ", map { "$_->[0]$_->[1]" } @s), "\n";
print "abc" x 2 eq "abcabc" ? "eq\n" : "ne\n";
print "10" == 10.0 && "10" ne "10.0" ? "both\n" : "no\n";
