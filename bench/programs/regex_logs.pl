# Regex match and substitution over generated log text.
use strict;
use warnings;

my $lines = shift // 250_000;
my @levels = qw(INFO WARN ERROR DEBUG);
my @log;
for my $i (1 .. $lines) {
    push @log, sprintf "2024-01-%02d %02d:%02d:%02d %s user%d\@host%d.example.com GET /path/%d?id=%d %d",
        1 + $i % 28, $i % 24, $i % 60, ($i * 7) % 60, $levels[$i % 4], $i % 97, $i % 13, $i % 50, $i, 200 + ($i % 5) * 100;
}
my (%by_level, %hosts, $bytes);
for my $l (@log) {
    next unless $l =~ /^(\d{4})-(\d\d)-(\d\d) (\d\d):\d\d:\d\d (\w+) (\w+)@([\w.]+) (\w+) (\S+) (\d+)$/;
    my ($level, $user, $host, $path) = ($5, $6, $7, $9);
    $by_level{$level}++;
    $hosts{$host}++;
    $path =~ s/\?id=(\d+)/?id=<$1>/;
    $bytes += length $path;
    (my $masked = $user) =~ s/\d/#/g;
    $bytes += length $masked;
}
my $errors = grep { /ERROR.*\s5\d\d$/ } @log;
my $joined = join "\n", @log[0 .. 999];
my $n = () = $joined =~ /user\d+/g;
(my $anon = $joined) =~ s/user(\d+)@/"u" . ($1 % 10) . "@"/ge;
print "checksum ", join(",", map { "$_=$by_level{$_}" } sort keys %by_level), " ", scalar(keys %hosts), " $bytes $errors $n ", length($anon), "\n";
