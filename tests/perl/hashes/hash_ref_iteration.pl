use strict; use warnings;
my $inventory = {
    widgets => { qty => 5, price => 2.5 },
    gadgets => { qty => 0, price => 10 },
    gizmos  => { qty => 12, price => 1.25 },
};
my $total = 0;
for my $item (sort keys %$inventory) {
    my $i = $inventory->{$item};
    my $value = $i->{qty} * $i->{price};
    $total += $value;
    printf "%-8s %3d x %6.2f = %7.2f\n", $item, $i->{qty}, $i->{price}, $value;
}
printf "%-8s %23.2f\n", "total", $total;
my @instock = grep { $inventory->{$_}{qty} } sort keys %$inventory;
print "in stock: @instock\n";
