#!/usr/bin/perl
# Discrete-event simulation of a bank with several tellers, using a seeded rand.
use strict;
use warnings;

srand(20240101);
my $tellers = 3;
my $customers = 40;
my (@arrivals, $t);
$t = 0;
for my $id (1 .. $customers) {
    $t += 1 + int(rand(4));
    push @arrivals, { id => $id, arrive => $t, service => 3 + int(rand(8)) };
}

my @free_at = (0) x $tellers;
my @served_by = map { [] } 1 .. $tellers;
my ($total_wait, $max_wait, $max_wait_id) = (0, 0, 0);
my @queue_len_samples;

for my $c (@arrivals) {
    my ($best) = sort { $free_at[$a] <=> $free_at[$b] || $a <=> $b } 0 .. $tellers - 1;
    my $start = $free_at[$best] > $c->{arrive} ? $free_at[$best] : $c->{arrive};
    my $wait = $start - $c->{arrive};
    $c->{start} = $start;
    $c->{end} = $start + $c->{service};
    $c->{teller} = $best;
    $free_at[$best] = $c->{end};
    push @{ $served_by[$best] }, $c->{id};
    $total_wait += $wait;
    ($max_wait, $max_wait_id) = ($wait, $c->{id}) if $wait > $max_wait;
    my $waiting = grep { $_->{arrive} <= $c->{arrive} && defined $_->{start} && $_->{start} > $c->{arrive} } @arrivals;
    push @queue_len_samples, $waiting;
}

printf "%-4s %6s %6s %6s %4s %6s\n", qw(id arrive start end tlr wait);
for my $c (@arrivals[0 .. 9]) {
    printf "%-4d %6d %6d %6d %4d %6d\n", @$c{qw(id arrive start end)}, $c->{teller} + 1, $c->{start} - $c->{arrive};
}
print "...\n";
my $last_end = 0;
$_->{end} > $last_end and $last_end = $_->{end} for @arrivals;
printf "customers: %d, simulated time: %d\n", $customers, $last_end;
printf "average wait: %.2f, max wait: %d (customer %d)\n", $total_wait / $customers, $max_wait, $max_wait_id;
for my $i (0 .. $tellers - 1) {
    my $busy = 0;
    $busy += $_->{service} for grep { $_->{teller} == $i } @arrivals;
    printf "teller %d: %2d customers, utilisation %5.1f%%\n", $i + 1, scalar @{ $served_by[$i] }, 100 * $busy / $last_end;
}
my $maxq = 0; $_ > $maxq and $maxq = $_ for @queue_len_samples;
print "max observed queue: $maxq\n";
