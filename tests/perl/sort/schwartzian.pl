my @files = qw(file10.txt file2.txt file1.txt file20.txt file3.txt);
my @sorted = map { $_->[1] } sort { $a->[0] <=> $b->[0] } map { [/(\d+)/, $_] } @files;
print "@sorted\n";
my @by_len = map { $_->[0] } sort { $a->[1] <=> $b->[1] or $a->[0] cmp $b->[0] } map { [$_, length] } qw(ccc a bb aaa b);
print "@by_len\n";
my %score = (al => 90, bo => 85, cy => 90, di => 70);
print join(" ", sort { $score{$b} <=> $score{$a} || $a cmp $b } keys %score), "\n";
