# Time::HiRes: shapes of time, gettimeofday, tv_interval, sleep/usleep results.
use strict;
use warnings;
use Time::HiRes qw(time sleep usleep gettimeofday tv_interval nanosleep);
$| = 1;
my $t0 = time;
print "time is fractional-capable: ", ($t0 =~ /^\d+(\.\d+)?$/ ? 1 : 0), " close to CORE::time: ", (abs($t0 - CORE::time()) < 2 ? 1 : 0), "\n";
my @tv = gettimeofday();
print "gettimeofday: ", scalar(@tv), " ", ($tv[1] >= 0 && $tv[1] < 1_000_000 ? 'usec ok' : 'bad'), "\n";
my $slept = sleep(0.05);
print "sleep: ", ($slept >= 0.04 && $slept < 1 ? 'ok' : $slept), "\n";
my $us = usleep(20_000);
print "usleep: ", ($us >= 15_000 && $us < 1_000_000 ? 'ok' : $us), "\n";
my $elapsed = tv_interval(\@tv);
print "tv_interval: ", ($elapsed >= 0.06 && $elapsed < 5 ? 'ok' : $elapsed), "\n";
print "fixed interval: ", tv_interval([1, 500_000], [3, 250_000]), "\n";
my $scalar = gettimeofday();
print "scalar gettimeofday: ", (abs($scalar - time) < 1 ? 'ok' : 'bad'), "\n";
print "nanosleep: ", (nanosleep(1_000_000) > 0 ? 'ok' : 'bad'), "\n";
