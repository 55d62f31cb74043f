use strict;
use warnings;
use POSIX qw(floor ceil);

# Task-scheduling report: round-robin CPU scheduler over __DATA__ jobs, labeled
# loops, closures as counters, and output through format/write.
our ($name, $arrive, $burst, $finish, $wait, $bar);

format STDOUT_TOP =
Job        Arrive Burst Finish  Wait  Timeline
---------- ------ ----- ------ -----  ------------------------------
.
format STDOUT =
@<<<<<<<<< @>>>>> @>>>> @>>>>> @>>>>  @<<<<<<<<<<<<<<<<<<<<<<<<<<<<<
$name,     $arrive, $burst, $finish, $wait, $bar
.

my @jobs;
while (<DATA>) {
    chomp;
    next if /^#/ or !/\S/;
    my ($n, $a, $b, $p) = split;
    push @jobs, { name => $n, arrive => $a, burst => $b, left => $b, prio => $p // 0 };
}

sub make_clock { my $t = shift; return (sub { $t }, sub { $t += shift // 1 }) }
my ($now, $tick) = make_clock(0);

my $quantum = 3;
my @ready;
my @pending = sort { $a->{arrive} <=> $b->{arrive} || $a->{name} cmp $b->{name} } @jobs;
my @timeline;
my $switches = 0;
SCHED: while (@pending || @ready) {
    push @ready, shift @pending while @pending && $pending[0]{arrive} <= $now->();
    unless (@ready) {
        push @timeline, '.';
        $tick->();
        next SCHED;
    }
    my $job = shift @ready;
    $switches++;
    SLICE: for my $step (1 .. $quantum) {
        push @timeline, lc substr($job->{name}, 0, 1);
        $tick->();
        $job->{left}--;
        push @ready, shift @pending while @pending && $pending[0]{arrive} <= $now->();
        if ($job->{left} == 0) {
            $job->{finish} = $now->();
            next SCHED;
        }
        last SLICE if $job->{prio} < 0 && $step == 2;
    }
    push @ready, $job;
}

for my $j (sort { $a->{finish} <=> $b->{finish} } @jobs) {
    ($name, $arrive, $burst, $finish) = @{$j}{qw(name arrive burst finish)};
    $wait = $finish - $arrive - $burst;
    $j->{wait} = $wait;
    $bar = join '', map { $_ >= $arrive && $_ < $finish ? ($timeline[$_] eq lc substr($name, 0, 1) ? '#' : '-') : ' ' } 0 .. $#timeline;
    $bar =~ s/\s+$//;
    write;
}
my $total_wait = 0;
$total_wait += $_->{wait} for @jobs;
for (['average wait', $total_wait / @jobs], ['makespan', $now->()], ['context switches', $switches],
     ['throughput x100', 100 * @jobs / $now->()], ['ceil avg', ceil($total_wait / @jobs)], ['floor avg', floor($total_wait / @jobs)]) {
    printf "  %-20s %6.2f\n", @$_;
}
print "timeline: ", join('', @timeline), "\n";
my %share;
$share{$_}++ for grep { $_ ne '.' } @timeline;
print join(', ', map { sprintf '%s=%d%%', $_, 100 * $share{$_} / @timeline + 0.5 } sort keys %share), "\n";
__DATA__
# name arrive burst prio
Alpha  0 5
Bravo  1 3 -1
Charlie 2 8
Delta  4 2
Echo   20 4 -1
