#!/usr/bin/perl
# Event-driven simulation of a print shop: jobs arrive, printers break down, a priority queue of events.
use strict;
use warnings;

srand(7);
my @events;
my $seq = 0;
sub schedule { my ($t, $type, %d) = @_; push @events, { t => $t, type => $type, seq => $seq++, %d }; @events = sort { $a->{t} <=> $b->{t} || $a->{seq} <=> $b->{seq} } @events }

my %printers = map { $_ => { busy => 0, broken => 0, done => 0, pages => 0 } } qw(P1 P2);
my @queue;
my (%stats, @log);
my $t = 0;
for my $j (1 .. 15) { $t += 1 + int rand 5; schedule($t, 'arrive', job => $j, pages => 1 + int rand 20) }
schedule(12, 'break', printer => 'P1');
schedule(30, 'repair', printer => 'P1');

sub try_start {
    my $now = shift;
    for my $p (sort keys %printers) {
        my $pr = $printers{$p};
        next if $pr->{busy} || $pr->{broken} || !@queue;
        my $job = shift @queue;
        $pr->{busy} = $job;
        $stats{wait} += $now - $job->{arrived};
        schedule($now + $job->{pages}, 'finish', printer => $p);
        push @log, sprintf("%3d %s starts job %d (%d pages)", $now, $p, $job->{job}, $job->{pages});
    }
}

while (my $ev = shift @events) {
    my $now = $ev->{t};
    if ($ev->{type} eq 'arrive') {
        push @queue, { job => $ev->{job}, pages => $ev->{pages}, arrived => $now };
        $stats{max_queue} = @queue if @queue > ($stats{max_queue} // 0);
    } elsif ($ev->{type} eq 'finish') {
        my $pr = $printers{ $ev->{printer} };
        next unless $pr->{busy};
        push @log, sprintf("%3d %s finished job %d", $now, $ev->{printer}, $pr->{busy}{job});
        $pr->{done}++;
        $pr->{pages} += $pr->{busy}{pages};
        $pr->{busy} = 0;
        $stats{end} = $now;
    } elsif ($ev->{type} eq 'break') {
        my $pr = $printers{ $ev->{printer} };
        $pr->{broken} = 1;
        if (my $job = $pr->{busy}) {
            push @log, sprintf("%3d %s broke, job %d requeued", $now, $ev->{printer}, $job->{job});
            unshift @queue, $job;
            $pr->{busy} = 0;
            @events = grep { !($_->{type} eq 'finish' && $_->{printer} eq $ev->{printer}) } @events;
        } else { push @log, sprintf("%3d %s broke while idle", $now, $ev->{printer}) }
    } elsif ($ev->{type} eq 'repair') {
        $printers{ $ev->{printer} }{broken} = 0;
        push @log, sprintf("%3d %s repaired", $now, $ev->{printer});
    }
    try_start($now);
}
print "$_\n" for @log;
for my $p (sort keys %printers) { printf "%s: %d jobs, %d pages\n", $p, @{ $printers{$p} }{qw(done pages)} }
printf "finished at t=%d, total wait %d, max queue %d\n", $stats{end}, $stats{wait}, $stats{max_queue};
