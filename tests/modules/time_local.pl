# Time::Local: timegm/timelocal and variants, year conventions, range errors, DST.
use strict;
use warnings;
use Time::Local qw(timegm timelocal timegm_nocheck timelocal_nocheck timegm_modern timelocal_modern timegm_posix timelocal_posix);
$| = 1;
print join(' ', timegm(0, 0, 0, 1, 0, 1970), timegm(5, 4, 3, 2, 1, 2020), timegm(0, 0, 0, 1, 0, 120), timegm(0, 0, 0, 1, 0, 20),
    timegm(0, 0, 0, 1, 0, 99), timegm_modern(0, 0, 0, 1, 0, 1970), timegm_posix(0, 0, 0, 1, 0, 70), timegm(0, 0, 0, 29, 1, 2024)), "\n";
print join(' ', timegm(59, 59, 23, 31, 11, 1999), timegm(0, 0, 0, 1, 0, 1900), timegm(0, 0, 0, 1, 2, 2000), timegm_modern(0, 0, 0, 1, 0, 1600), timegm(0, 0, 0, 28, 1, 2100)), "\n";
print join(' ', timegm_posix(0, 0, 0, 1, 0, -100), timegm_modern(30, 30, 12, 15, 6, 2038), timegm(0, 0, 0, 1, 0, 1000)), "\n";
for my $c ([0, 0, 0, 32, 0, 2020], [0, 0, 0, 30, 1, 2021], [0, 0, 24, 1, 0, 2020], [0, 60, 0, 1, 0, 2020], [60, 0, 0, 1, 0, 2020],
    [0, 0, 0, 1, 12, 2020], [0, 0, 0, 29, 1, 2023], [-1, 0, 0, 1, 0, 2020], [0, 0, 0, 0, 0, 2020], [0, 0, 0, 31, 3, 2020]) {
    eval { timegm(@$c) };
    print $@;
}
print timegm_nocheck(0, 0, 0, 32, 0, 2020), " ", timegm_nocheck(0, 0, 25, 1, 0, 2020), " ", "\n"; eval { timegm_posix(0, 0, 0, 32, 0, 120) }; print $@;
for my $tz ('UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata') {
    local $ENV{TZ} = $tz;
    print "$tz: ", join(' ', timelocal(0, 0, 0, 1, 0, 2000), timelocal(0, 0, 12, 1, 6, 2020), timelocal(0, 30, 2, 8, 2, 2020),
        timelocal(0, 30, 1, 1, 10, 2020), timelocal(0, 30, 2, 29, 2, 2020), timelocal_modern(0, 0, 0, 1, 0, 1999),
        timelocal_posix(0, 0, 0, 1, 0, 100), timelocal_nocheck(0, 0, 0, 32, 0, 2020)), "\n";
    my $t = 1_600_000_000;
    my @lt = localtime($t);
    print "  roundtrip: ", (timelocal(@lt[0 .. 5]) == $t ? 'ok' : 'bad'), " ", (timegm((gmtime $t)[0 .. 5]) == $t ? 'ok' : 'bad'), "\n";
}
