use strict;
use warnings;

# Text report from __DATA__: group by region and product, totals, aligned columns.
my (%by_region, %by_product, %months);
my $line_no = 0;
my @errors;
while (my $line = <DATA>) {
    chomp $line;
    $line_no++;
    next if $line =~ /^\s*(#|$)/;
    my ($date, $region, $product, $qty, $price) = split /\s*,\s*/, $line;
    unless (defined $price && $qty =~ /^\d+$/ && $price =~ /^\d+(?:\.\d+)?$/) {
        push @errors, "line $line_no: malformed '$line'";
        next;
    }
    my ($year, $month) = $date =~ /^(\d{4})-(\d{2})-\d{2}$/ or do {
        push @errors, "line $line_no: bad date '$date'";
        next;
    };
    my $amount = $qty * $price;
    push @{ $by_region{$region}{$product} }, { qty => $qty, amount => $amount, month => $month };
    $by_product{$product}{qty}    += $qty;
    $by_product{$product}{amount} += $amount;
    $months{"$year-$month"}       += $amount;
}

sub region_total {
    my $r = shift;
    my $t = 0;
    for my $p (keys %{ $by_region{$r} }) {
        $t += $_->{amount} for @{ $by_region{$r}{$p} };
    }
    return $t;
}

my $fmt = "%-10s %-12s %5s %10s\n";
printf $fmt, 'Region', 'Product', 'Qty', 'Amount';
print '-' x 40, "\n";
my $grand = 0;
for my $region (sort { region_total($b) <=> region_total($a) || $a cmp $b } keys %by_region) {
    my $first = 1;
    for my $product (sort keys %{ $by_region{$region} }) {
        my @rows = @{ $by_region{$region}{$product} };
        my ($q, $a) = (0, 0);
        for (@rows) { $q += $_->{qty}; $a += $_->{amount} }
        printf "%-10s %-12s %5d %10.2f\n", ($first ? $region : ''), $product, $q, $a;
        $first = 0;
    }
    my $rt = region_total($region);
    $grand += $rt;
    printf "%-10s %-12s %5s %10.2f\n", '', '(subtotal)', '', $rt;
}
print '=' x 40, "\n";
printf "%-29s %10.2f\n", 'GRAND TOTAL', $grand;
print "\n";

print "By product (share of total):\n";
for my $p (sort { $by_product{$b}{amount} <=> $by_product{$a}{amount} } keys %by_product) {
    my $share = 100 * $by_product{$p}{amount} / $grand;
    my $bar = '#' x int($share / 2 + 0.5);
    printf "  %-12s %4d units %9.2f %5.1f%% %s\n", $p, $by_product{$p}{qty},
        $by_product{$p}{amount}, $share, $bar;
}
print "\nMonthly:\n";
my $running = 0;
for my $m (sort keys %months) {
    $running += $months{$m};
    printf "  %s  %9.2f  running %10.2f\n", $m, $months{$m}, $running;
}
my @sorted = sort { $months{$a} <=> $months{$b} } keys %months;
printf "best month: %s (%.2f), worst month: %s (%.2f)\n",
    $sorted[-1], $months{ $sorted[-1] }, $sorted[0], $months{ $sorted[0] };
print "\nErrors:\n";
print "  $_\n" for @errors;
printf "%d error(s), %d region(s), %d product(s)\n", scalar @errors,
    scalar(keys %by_region), scalar(keys %by_product);
__DATA__
# date, region, product, qty, unit price
2023-01-05, North, widget, 10, 2.50
2023-01-09, South, gadget, 3, 19.99
2023-01-17, North, gizmo, 7, 4.75
2023-02-02, East, widget, 25, 2.45
2023-02-14, South, widget, 12, 2.50
2023-02-20, North, gadget, 1, 21.00
2023-02-28, West, doohickey, 4, 12.00

2023-03-03, East, gizmo, 9, 4.50
2023-03-11, West, widget, x, 2.50
2023-03-15, South, gadget, 5, 18.75
2023-03-21, East, doohickey, 2, 11.50
2023-13-xx, North, widget, 1, 1.00
2023-03-30, West, gizmo, 11, 4.80
2023-03-31, North, widget, 8
