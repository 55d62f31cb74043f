#!/usr/bin/perl
# Parses a command log for a warehouse (receive, ship, move, count) and validates against running state.
use strict;
use warnings;

my (%bins, @errors, %moves_by_sku);
my $line_no = 0;
my %handlers = (
    receive => sub { my ($sku, $qty, $bin) = @_; die "quantity must be positive\n" unless $qty > 0; $bins{$bin}{$sku} += $qty; "received $qty $sku into $bin" },
    ship    => sub {
        my ($sku, $qty, $bin) = @_;
        my $have = $bins{$bin}{$sku} // 0;
        die "cannot ship $qty $sku from $bin: only $have\n" if $qty > $have;
        $bins{$bin}{$sku} -= $qty;
        delete $bins{$bin}{$sku} unless $bins{$bin}{$sku};
        "shipped $qty $sku from $bin";
    },
    move    => sub {
        my ($sku, $qty, $from, $to) = @_;
        die "same bin\n" if $from eq $to;
        my $have = $bins{$from}{$sku} // 0;
        die "cannot move $qty $sku from $from: only $have\n" if $qty > $have;
        $bins{$from}{$sku} -= $qty;
        delete $bins{$from}{$sku} unless $bins{$from}{$sku};
        $bins{$to}{$sku} += $qty;
        $moves_by_sku{$sku}++;
        "moved $qty $sku $from->$to";
    },
    count   => sub {
        my ($sku, $qty, $bin) = @_;
        my $have = $bins{$bin}{$sku} // 0;
        return "count ok: $sku in $bin = $qty" if $have == $qty;
        $bins{$bin}{$sku} = $qty;
        delete $bins{$bin}{$sku} unless $qty;
        return sprintf "count adjusted: %s in %s %d -> %d (%+d)", $sku, $bin, $have, $qty, $qty - $have;
    },
);
while (my $line = <DATA>) {
    $line_no++;
    chomp $line;
    $line =~ s/\s*#.*//;
    next unless length $line;
    my ($cmd, @args) = split ' ', $line;
    my $h = $handlers{ lc $cmd };
    unless ($h) { push @errors, "line $line_no: unknown command '$cmd'"; next }
    my $msg = eval { $h->(@args) };
    if (defined $msg) { print "$line_no: $msg\n" } else { chomp(my $e = $@); push @errors, "line $line_no: $e" }
}
print "\nFinal stock:\n";
for my $bin (sort keys %bins) {
    my $skus = $bins{$bin};
    next unless %$skus;
    printf "  %-4s %s\n", $bin, join(", ", map { "$_=$skus->{$_}" } sort keys %$skus);
}
my %total; for my $b (values %bins) { $total{$_} += $b->{$_} for keys %$b }
print "Totals: ", join(", ", map { "$_=$total{$_}" } sort keys %total), "\n";
print "Moves: ", join(", ", map { "$_ x$moves_by_sku{$_}" } sort keys %moves_by_sku), "\n";
print "Errors:\n", map { "  $_\n" } @errors;
__DATA__
receive BOLT 500 A1
receive NUT 300 A1   # pallet 1
receive WASHER 1000 B2
ship BOLT 120 A1
move NUT 100 A1 C3
ship NUT 250 A1
count BOLT 375 A1
count WASHER 1000 B2
teleport BOLT 5 A1
receive SCREW -4 A1
move BOLT 75 A1 A1
move WASHER 400 B2 C3
ship WASHER 400 C3
count NUT 0 A1
