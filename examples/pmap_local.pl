#!/usr/bin/env caravan
# The main job: map a sub over items on a local cluster of 4 worker processes with pmap_on.
# The block captures the lexical $greeting and calls a named sub; both travel to the workers.
# Results come back in the order of the items, whichever worker finished first.
#
#   cargo run --release -- examples/pmap_local.pl
use strict;
use warnings;

my $greeting = "hello";

sub word_stats {
    my ($word) = @_;
    my %seen;
    my $distinct = grep { !$seen{$_}++ } split //, $word;
    return sprintf "%-10s len=%2d distinct=%2d rev=%s", $word, length $word, $distinct, scalar reverse $word;
}

my @items = qw(caravan camel dromedary oasis desert dune mirage nomad saddle water);
my $cluster = cluster("local:4");

my @lines = pmap_on $cluster {
    my $item = $_;
    "$greeting from a worker: " . word_stats($item);
} @items;

print "$_\n" for @lines;
printf "%d items mapped on %s\n", scalar @lines, "local:4";
