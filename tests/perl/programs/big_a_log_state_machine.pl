use strict;
use warnings;

# Parses a job-scheduler log with a per-job state machine; reports illegal transitions.
my %transitions = (
    NEW     => { queue => 'QUEUED', cancel => 'CANCELLED' },
    QUEUED  => { start => 'RUNNING', cancel => 'CANCELLED' },
    RUNNING => { pause => 'PAUSED', finish => 'DONE', fail => 'FAILED', progress => 'RUNNING' },
    PAUSED  => { resume => 'RUNNING', cancel => 'CANCELLED' },
    FAILED  => { retry => 'QUEUED' },
);
my %terminal = map { $_ => 1 } qw(DONE CANCELLED);

my (%jobs, @problems, %event_count);
my $section = 'header';
my %meta;
my $re_event = qr/^\[(\d\d):(\d\d):(\d\d)\]\s+job=(\w+)\s+(\w+)(?:\s+(.*))?$/;

sub secs { my ($h, $m, $s) = @_; return $h * 3600 + $m * 60 + $s }

while (my $line = <DATA>) {
    chomp $line;
    if ($section eq 'header') {
        if ($line =~ /^---\s*$/) { $section = 'events'; next }
        my ($k, $v) = $line =~ /^(\w+):\s*(.*?)\s*$/ or next;
        $meta{lc $k} = $v;
        next;
    }
    next if $line =~ /^\s*$/;
    last if $line eq 'EOF';
    my @f = $line =~ $re_event;
    unless (@f) {
        push @problems, "unparsable: $line";
        next;
    }
    my ($h, $m, $s, $id, $event, $rest) = @f;
    my $t = secs($h, $m, $s);
    $event_count{$event}++;
    my $job = $jobs{$id} //= { state => 'NEW', since => $t, log => [], run_time => 0, attrs => {} };
    if ($rest) {
        while ($rest =~ /(\w+)=("[^"]*"|\S+)/g) {
            my ($k, $v) = ($1, $2);
            $v =~ s/^"(.*)"$/$1/;
            $job->{attrs}{$k} = $v;
        }
    }
    my $from = $job->{state};
    my $to = $terminal{$from} ? undef : $transitions{$from}{$event};
    unless (defined $to) {
        push @problems, sprintf('%s %s: %s not allowed in %s', "$h:$m:$s", $id, $event, $from);
        next;
    }
    $job->{run_time} += $t - $job->{since} if $from eq 'RUNNING';
    $job->{since} = $t;
    push @{ $job->{log} }, "$from>$to" unless $from eq $to;
    $job->{state} = $to;
    $job->{retries}++ if $event eq 'retry';
}

printf "Log from host %s (%s), %d jobs\n", $meta{host} // '?', $meta{version} // '?', scalar keys %jobs;
print "-" x 60, "\n";
printf "%-8s %-10s %8s %3s  %s\n", 'JOB', 'STATE', 'RUNTIME', 'RT', 'PATH';
for my $id (sort { $jobs{$b}{run_time} <=> $jobs{$a}{run_time} || $a cmp $b } keys %jobs) {
    my $j = $jobs{$id};
    my $rt = sprintf '%d:%02d', int($j->{run_time} / 60), $j->{run_time} % 60;
    printf "%-8s %-10s %8s %3d  %s\n", $id, $j->{state}, $rt, $j->{retries} // 0,
        join(' ', map { (split />/)[1] } @{ $j->{log} });
}
print "-" x 60, "\n";
my %by_state;
$by_state{ $_->{state} }++ for values %jobs;
print "States: ", join(', ', map { "$_=$by_state{$_}" } sort keys %by_state), "\n";
print "Events: ", join(', ', map { "$_=$event_count{$_}" }
    sort { $event_count{$b} <=> $event_count{$a} || $a cmp $b } keys %event_count), "\n";
print "Attributes:\n";
for my $id (sort keys %jobs) {
    my $a = $jobs{$id}{attrs};
    next unless %$a;
    print "  $id: ", join('; ', map { "$_=$a->{$_}" } sort keys %$a), "\n";
}
print "Problems (", scalar @problems, "):\n";
print "  $_\n" for @problems;
__DATA__
Host: build-7
Version: 2.4.1
Comment: ignored lines below
this line has no colon
---
[08:00:00] job=alpha queue prio=3
[08:00:05] job=beta queue prio=1 owner="Jo Ann"
[08:00:10] job=alpha start
[08:01:40] job=alpha progress pct=50
[08:02:10] job=beta start
[08:03:00] job=alpha pause
[08:03:30] job=gamma start
[08:04:00] job=alpha resume
[08:05:15] job=alpha finish code=0
[08:05:20] job=beta fail code=137 reason="out of memory"

[08:06:00] job=beta retry
[08:06:01] job=beta start
this is garbage
[08:09:31] job=beta finish code=0
[08:10:00] job=alpha start
[08:10:05] job=delta queue
[08:10:06] job=delta cancel by=ops
[08:11:00] job=epsilon queue
[08:11:30] job=epsilon start
EOF
[08:12:00] job=epsilon finish
