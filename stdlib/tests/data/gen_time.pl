#!/usr/bin/perl
# Generates time.tsv for stdlib/tests/time.rs. Lines:
#   L\t<TZ>\t<time as %.17g>\t<localtime list>\t<scalar>\t<gmtime list>\t<scalar>\t<warnings>
#   S\t<TZ>\t<format hex>\t<9 fields>\t<POSIX::strftime result hex>
#   M\t<TZ>\t<9 fields>\t<POSIX::mktime result or "undef">\t<POSIX::asctime result hex>
# lists are comma-separated ("-" when empty); warnings are "|"-separated messages.
# Each TZ is handled by a child perl with that TZ in its environment.
# Run: perl gen_time.pl > time.tsv
use strict;
use warnings;
use POSIX ();

my @zones = ("UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe",
    "America/St_Johns", "Pacific/Chatham", "EST5EDT");
if (!@ARGV) {
    for my $z (@zones) {
        local $ENV{TZ} = $z;
        system($^X, $0, $z) == 0 or die "child failed for $z";
    }
    exit 0;
}
my $tz = $ARGV[0];
srand(1234);
my @times = (0, 1, -1, 1e9, 1234567890, 2**31 - 1, 2**31, -2**31, 951782400, 951868800, 946684799,
    1710054000, 1710057600, 1699164000, 1699167600, 1e10, -1e10, 253402300799, 1.5, -1.5, 0.999,
    -0.5, 4e15, 6.7e16, 6.8e16, -6.8e16, 9**9**9, -9**9**9, (9**9**9) / (9**9**9), 1e300);
push @times, int(rand(4e9)) - 1e9 for 1 .. 300;
push @times, int(rand(2**40)) - 2**39 for 1 .. 50;
for my $t (@times) {
    my @w;
    local $SIG{__WARN__} = sub { (my $m = $_[0]) =~ s/ at \S+ line \d+\.\n//; push @w, $m };
    my @l = localtime($t);
    my $ls = localtime($t);
    my @g = gmtime($t);
    my $gs = gmtime($t);
    print join("\t", "L", $tz, sprintf("%.17g", $t), (@l ? join(",", @l) : "-"), $ls // "-",
        (@g ? join(",", @g) : "-"), $gs // "-", join("|", @w)), "\n";
}
my @formats = ("%Y-%m-%d %H:%M:%S", "%a %A %b %B %c", "%d %e %j %U %W %u %w %C %y %G %g %V", "%Z %z",
    "%p %I %l %r %R %T %D %F", "%x %X %n%t%%", "%s", "", "plain", "%h %k %M", "%E", "%Q",
    "%Y" x 40, "%EY %Od");
my @fields = ([0, 0, 0, 1, 0, 100], [40, 46, 1, 9, 8, 101], [59, 59, 23, 31, 11, 99],
    [0, 0, 0, 29, 1, 100], [0, 0, 0, 29, 1, 101], [61, 0, 0, 1, 0, 70], [-1, 0, 0, 1, 0, 70],
    [0, 90, 25, 32, 12, 120], [0, 0, 0, 0, 0, 70], [0, 0, 0, -5, -3, 85], [30, 30, 12, 15, 6, 124, 3, 100, 1],
    [0, 0, 2, 10, 2, 124], [0, 30, 2, 10, 2, 124, -1, -1, 0], [0, 0, 12, 1, 0, -1900], [0, 0, 0, 1, 0, 8099]);
for (1 .. 60) {
    push @fields, [int(rand(70)) - 5, int(rand(70)) - 5, int(rand(30)) - 3, int(rand(35)) - 2, int(rand(14)) - 1,
        int(rand(200)) - 10];
}
for my $fl (@fields) {
    my @a = @$fl;
    push @a, (@a == 6 ? 0 : @a == 7 ? 0 : -1) while @a < 9;
    @a[6, 7] = (0, 0) if @$fl == 6;
    my $m = POSIX::mktime(@$fl);
    my $asc = POSIX::asctime(@$fl);
    print join("\t", "M", $tz, join(",", @a), defined $m ? $m : "undef", unpack("H*", $asc // "")), "\n";
}
for my $f (@formats) {
    for my $fl (@fields) {
        my @a = @$fl;
        push @a, -1 while @a < 9;
        my $r = POSIX::strftime($f, @$fl);
        print join("\t", "S", $tz, unpack("H*", $f), join(",", @a), unpack("H*", $r)), "\n";
    }
}
