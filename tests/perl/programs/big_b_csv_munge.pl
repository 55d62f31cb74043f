use strict;
use warnings;

# CSV-like data munging: split, join, multi-key sort, aggregated summaries.
my @header;
my @rows;
while (my $line = <DATA>) {
    chomp $line;
    next if $line =~ /^\s*(#|$)/;
    my @f = map { s/^\s+|\s+$//gr } split /,/, $line, -1;
    if (!@header) { @header = @f; next; }
    my %r;
    @r{@header} = @f;
    push @rows, \%r;
}
printf "Read %d rows with columns: %s\n", scalar(@rows), join('|', @header);

sub by_keys {
    my @spec = @_;
    return sub {
        my ($x, $y) = @_;
        for my $s (@spec) {
            my ($k, $num, $desc) = @$s;
            my $c = $num ? $x->{$k} <=> $y->{$k} : $x->{$k} cmp $y->{$k};
            $c = -$c if $desc;
            return $c if $c;
        }
        return 0;
    };
}

my $cmp = by_keys([region => 0, 0], [qty => 1, 1], [item => 0, 0]);
my @sorted = sort { $cmp->($a, $b) } @rows;
print "\nSorted by region asc, qty desc, item asc:\n";
printf "  %-6s %-10s %4s %8s\n", qw(Region Item Qty Price);
for my $r (@sorted) {
    printf "  %-6s %-10s %4d %8.2f\n", @{$r}{qw(region item qty price)};
}

my (%by_region, %by_item);
for my $r (@rows) {
    my $total = $r->{qty} * $r->{price};
    $by_region{$r->{region}}{total} += $total;
    $by_region{$r->{region}}{count}++;
    push @{ $by_region{$r->{region}}{items} }, $r->{item};
    $by_item{$r->{item}} += $r->{qty};
}

print "\nRegion summary:\n";
my $grand = 0;
for my $reg (sort { $by_region{$b}{total} <=> $by_region{$a}{total} || $a cmp $b } keys %by_region) {
    my $h = $by_region{$reg};
    my %seen;
    my @uniq = grep { !$seen{$_}++ } sort @{ $h->{items} };
    printf "  %-6s rows=%d total=%10.2f avg=%8.2f items=%s\n",
        $reg, $h->{count}, $h->{total}, $h->{total} / $h->{count}, join(',', @uniq);
    $grand += $h->{total};
}
printf "  %-6s %26.2f\n", 'ALL', $grand;

print "\nTop items by quantity:\n";
my @top = (sort { $by_item{$b} <=> $by_item{$a} or $a cmp $b } keys %by_item)[0 .. 2];
my $rank = 0;
printf "  %d. %-10s %s\n", ++$rank, $_, '*' x int($by_item{$_} / 5) for @top;

# join two tables: rows x region managers
my %manager = map { split /=/ } qw(north=Alice south=Bob east=Carol);
print "\nJoined with managers (missing shown as ?):\n";
for my $reg (sort keys %by_region) {
    my $m = $manager{$reg} // '?';
    print "  ", join("\t", $reg, $m, sprintf('%.1f', $by_region{$reg}{total})), "\n";
}

# re-emit as CSV with a computed column, quoting fields with spaces
print "\nCSV out:\n";
print join(',', @header, 'total'), "\n";
for my $r (@sorted[0 .. 3]) {
    my @out = (@{$r}{@header}, sprintf('%.2f', $r->{qty} * $r->{price}));
    print join(',', map { /[\s,]/ ? qq("$_") : $_ } @out), "\n";
}
my @empty = grep { $_->{note} eq '' } @rows;
printf "\nRows without notes: %d (%s)\n", scalar @empty, join ' ', map { $_->{item} } @empty;
__DATA__
# sales data
region, item, qty, price, note
north, widget, 12, 2.50, first batch
south, gadget, 5, 10.00,
north, gizmo, 12, 7.25, rush
east, widget, 30, 2.45,
south, widget, 8, 2.55, late order
west, doohickey, 3, 99.99,
east, gizmo, 1, 7.00, sample
north, gadget, 20, 9.50,
south, gizmo, 8, 7.10,
