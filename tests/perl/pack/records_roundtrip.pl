my @records = (["alice", 30, 55000], ["bob", 4, 1200], ["christopher", 99, 4000000]);
my $fmt = "A10 C N";
my $blob = join "", map { pack $fmt, @$_ } @records;
print length($blob), "\n";
my $size = length pack($fmt, "", 0, 0);
for (my $off = 0; $off < length $blob; $off += $size) {
    my ($n, $a, $s) = unpack $fmt, substr($blob, $off, $size);
    print "$n|$a|$s\n";
}
