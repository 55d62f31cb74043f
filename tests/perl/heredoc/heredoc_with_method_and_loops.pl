my @items = (["apple", 3], ["pear", 5]);
for my $it (@items) {
    print <<"ROW";
* $it->[0]: @{[ $it->[1] * 2 ]} halves
ROW
}
my $n = 0;
my $text = join "", map { $n++; <<~"X" } 1..2;
    item $_ of 2 (n=$n)
    X
print $text;
