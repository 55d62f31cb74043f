use strict; use warnings;
my %hoa;
while (my $line = <DATA>) {
    chomp $line;
    my ($k, $v) = split /:/, $line;
    push @{ $hoa{$k} }, $v;
}
for my $k (sort keys %hoa) { print "$k: ", join(", ", sort @{ $hoa{$k} }), "\n" }
print "fruit count: ", scalar(@{ $hoa{fruit} }), "\n";
__DATA__
fruit:apple
veg:carrot
fruit:banana
veg:pea
fruit:cherry
nut:almond
