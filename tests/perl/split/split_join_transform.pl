my $s = "the quick brown fox";
print join(" ", map { ucfirst } split / /, $s), "\n";
print join(" ", reverse split / /, $s), "\n";
print join("", map { substr($_, 0, 1) } split / /, $s), "\n";
my %h = map { split /=/ } split /&/, "a=1&b=2&c=3";
print join(",", map { "$_$h{$_}" } sort keys %h), "\n";
my @matrix = map { [split /,/] } split /;/, "1,2,3;4,5,6";
print $matrix[1][2], "\n";
