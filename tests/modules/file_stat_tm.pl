# File::stat, Time::localtime, Time::gmtime: by-name interfaces.
use strict;
use warnings;
use File::stat;
use Time::localtime;
use Time::gmtime ();
$| = 1;
my $st = stat($0) or die;
my @raw = CORE::stat($0);
print "stat fields match: ", (join(',', $st->dev, $st->ino, $st->mode, $st->nlink, $st->uid, $st->gid, $st->rdev, $st->size, $st->atime, $st->mtime, $st->ctime, $st->blksize, $st->blocks) eq join(',', @raw) ? 1 : 0), "\n";
print "ref: ", ref($st), " missing: ", (defined stat('/nonexistent/x') ? 'def' : 'undef'), " list: ", scalar(() = stat('/nonexistent/x')), "\n";
open my $fh, '<', $0 or die;
print "handle size matches: ", (stat($fh)->size == -s $0 ? 1 : 0), " STDIN works: ", (defined stat(*STDIN) ? 1 : 0), "\n";
symlink $0, "/tmp/caravan_modtest_lstat_$$";
print "lstat is link: ", ((lstat("/tmp/caravan_modtest_lstat_$$")->mode & 0170000) == 0120000 ? 1 : 0), "\n";
unlink "/tmp/caravan_modtest_lstat_$$";
my $t = Time::gmtime::gmtime(1_000_000_000);
print "gmtime: ", join(' ', $t->sec, $t->min, $t->hour, $t->mday, $t->mon, $t->year, $t->wday, $t->yday, $t->isdst), " ", ref($t), "\n";
{
    local $ENV{TZ} = 'UTC';
    my $l = localtime(86400 * 365);
    print "localtime: ", join(' ', $l->year + 1900, $l->mon + 1, $l->mday, $l->hour), " ctime: ", ctime(0), "\n";
}
print "now ok: ", (localtime->year >= 120 ? 1 : 0), "\n";
