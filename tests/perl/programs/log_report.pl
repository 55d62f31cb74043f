#!/usr/bin/perl
# Summarise an access log read from stdin: hits per status, top paths, bytes per hour.
use strict;
use warnings;

my (%status, %path, %bytes_by_hour, %ip_seen);
my ($total, $bad_lines, $total_bytes) = (0, 0, 0);

while (my $line = <STDIN>) {
    chomp $line;
    my ($ip, $time, $method, $path, $code, $bytes) = $line =~
        m{^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)$};
    unless (defined $ip) {
        $bad_lines++;
        next;
    }
    $total++;
    $status{$code}++;
    $path{$path}++;
    $ip_seen{$ip}++;
    $bytes = 0 if $bytes eq '-';
    $total_bytes += $bytes;
    my ($hour) = $time =~ /:(\d\d):\d\d:\d\d/;
    $bytes_by_hour{$hour} += $bytes;
}

print "Total requests: $total (skipped $bad_lines malformed)\n";
print "Unique clients: ", scalar(keys %ip_seen), "\n";
print "Total bytes: $total_bytes\n\n";

print "By status:\n";
for my $code (sort keys %status) {
    my $pct = 100 * $status{$code} / $total;
    printf "  %s %4d %6.2f%% %s\n", $code, $status{$code}, $pct, '#' x int($pct / 5);
}

print "\nTop paths:\n";
my @top = sort { $path{$b} <=> $path{$a} || $a cmp $b } keys %path;
splice(@top, 3) if @top > 3;
my $rank = 0;
printf "  %d. %-20s %d\n", ++$rank, $_, $path{$_} for @top;

print "\nBytes by hour:\n";
for my $h (sort keys %bytes_by_hour) {
    printf "  %s:00 %8d\n", $h, $bytes_by_hour{$h};
}

my @errors = grep { $_ >= 400 } keys %status;
my $err_count = 0;
$err_count += $status{$_} for @errors;
printf "\nError rate: %.1f%%\n", $total ? 100 * $err_count / $total : 0;
exit($err_count > 2 ? 1 : 0);
