#!/usr/bin/perl
# A table-driven state machine: a vending machine processing a stream of events.
use strict;
use warnings;

my %price = (cola => 125, chips => 75, candy => 60);
my %stock = (cola => 2, chips => 1, candy => 0);
my $state = 'idle';
my $credit = 0;
my @log;

my %transitions = (
    idle => {
        coin   => sub { $credit += $_[0]; return 'paying' },
        select => sub { push @log, "insert coins first"; return 'idle' },
        refund => sub { push @log, "nothing to refund"; return 'idle' },
    },
    paying => {
        coin   => sub { $credit += $_[0]; return 'paying' },
        select => sub {
            my $item = shift;
            unless (exists $price{$item}) { push @log, "unknown item $item"; return 'paying' }
            if (!$stock{$item}) { push @log, "$item sold out"; return 'paying' }
            if ($credit < $price{$item}) {
                push @log, sprintf("%s costs %d, credit %d", $item, $price{$item}, $credit);
                return 'paying';
            }
            $stock{$item}--;
            $credit -= $price{$item};
            push @log, "vend $item";
            return $credit ? 'change' : 'idle';
        },
        refund => sub { push @log, "refund $credit"; $credit = 0; return 'idle' },
    },
    change => {
        auto => sub { push @log, "return change $credit"; $credit = 0; return 'idle' },
    },
);

my @events = (
    [select => 'cola'], [coin => 100], [select => 'cola'], [coin => 50], [select => 'cola'],
    [coin => 25], [select => 'candy'], [select => 'gum'], [refund => undef], [refund => undef],
    [coin => 100], [select => 'chips'], [coin => 100], [select => 'chips'], [select => 'cola'],
    [coin => 25], [select => 'cola'], [coin => 200], [select => 'cola'],
);

my $step = 0;
for my $ev (@events) {
    my ($name, $arg) = @$ev;
    my $handler = $transitions{$state}{$name};
    my $before = $state;
    if ($handler) { $state = $handler->($arg) }
    else { push @log, "ignored $name in $state" }
    while ($state eq 'change') { $state = $transitions{change}{auto}->() }
    printf "%2d %-7s %-6s %-6s -> %-6s credit=%d\n", ++$step, $name, $arg // '', $before, $state, $credit;
}
print "log:\n";
print "  $_\n" for @log;
print "stock: ", join(", ", map { "$_=$stock{$_}" } sort keys %stock), "\n";
