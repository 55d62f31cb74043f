#!/usr/bin/perl
# Elevator controller simulation: requests over time, SCAN scheduling, per-passenger wait and ride times.
use strict;
use warnings;

my @requests = (
    [0, 'ann', 0, 7], [1, 'bob', 3, 0], [2, 'cy', 5, 9], [4, 'dee', 9, 2], [6, 'eve', 1, 6],
    [7, 'fay', 6, 0], [11, 'gus', 2, 8], [12, 'hal', 8, 3], [15, 'ivy', 0, 4], [20, 'jo', 7, 1],
);
my ($floor, $dir, $t) = (0, 1, 0);
my (@waiting, @riding, %stats, @log);
my $pending = [ @requests ];
my $moves = 0;

while (@$pending || @waiting || @riding) {
    push @waiting, map { { name => $_->[1], from => $_->[2], to => $_->[3], req => $_->[0] } } grep { $_->[0] == $t } @$pending;
    @$pending = grep { $_->[0] != $t } @$pending;

    my @out = grep { $_->{to} == $floor } @riding;
    for my $p (@out) { $stats{ $p->{name} }{ride} = $t - $stats{ $p->{name} }{board}; push @log, sprintf("t=%2d floor %d: %s gets off", $t, $floor, $p->{name}) }
    @riding = grep { $_->{to} != $floor } @riding;
    my @in = grep { $_->{from} == $floor } @waiting;
    for my $p (@in) { $stats{ $p->{name} } = { wait => $t - $p->{req}, board => $t }; push @log, sprintf("t=%2d floor %d: %s boards for %d", $t, $floor, $p->{name}, $p->{to}) }
    push @riding, @in;
    @waiting = grep { $_->{from} != $floor } @waiting;

    my @targets = ((map { $_->{to} } @riding), (map { $_->{from} } @waiting));
    if (@targets) {
        my $ahead = grep { $dir > 0 ? $_ > $floor : $_ < $floor } @targets;
        $dir = -$dir unless $ahead;
        my $again = grep { $dir > 0 ? $_ > $floor : $_ < $floor } @targets;
        if ($again) { $floor += $dir; $moves++ }
    }
    $t++;
    die "simulation runaway\n" if $t > 200;
}
print "$_\n" for @log;
my ($tw, $tr) = (0, 0);
for my $name (sort keys %stats) { $tw += $stats{$name}{wait}; $tr += $stats{$name}{ride}; printf "%-4s waited %2d rode %2d\n", $name, $stats{$name}{wait}, $stats{$name}{ride} }
printf "done at t=%d after %d floor moves; avg wait %.1f, avg ride %.1f\n", $t, $moves, $tw / keys %stats, $tr / keys %stats;
