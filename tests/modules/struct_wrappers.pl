# perl's by-name wrappers over the system databases (User::pwent, User::grent, File::stat,
# Time::localtime, Net::hostent): loaded from perl's library, built on Class::Struct.
use strict;
use warnings;
use User::pwent ();
use User::grent ();
use File::stat ();
use Time::localtime ();
use Time::gmtime ();
use Net::hostent ();

my $pw = User::pwent::getpwnam('root');
print "pw: ", join(' ', $pw->name, $pw->uid, $pw->gid, $pw->dir), "\n";
print "pw_has: ", scalar(User::pwent::pw_has()), "\n";
my $pw0 = User::pwent::getpwuid(0);
print "by uid: ", $pw0->name, "\n";
my $gr = User::grent::getgrgid(0);
print "gr: ", $gr->name, " ", $gr->gid, "\n";
my $st = File::stat::stat('struct_wrappers.pl');
print "stat: size>0=", ($st->size > 0 ? 1 : 0), " isreg=", (($st->mode & 0170000) == 0100000 ? 1 : 0), "\n";
my $lt = Time::gmtime::gmtime(86400 * 365);
print "gmtime: ", join('-', $lt->year + 1900, $lt->mon + 1, $lt->mday), " wday=", $lt->wday, "\n";
my $h = Net::hostent::gethost('localhost');
print "host: ", ($h ? $h->name : 'none'), "\n";
print "missing user: ", (defined User::pwent::getpwnam('no-such-user-here') ? 'found' : 'undef'), "\n";
