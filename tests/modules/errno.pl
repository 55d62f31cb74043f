# Errno: constants and %!.
use strict;
use warnings;
use Errno qw(ENOENT EACCES EEXIST EINTR EAGAIN :POSIX);
$| = 1;
print join(' ', ENOENT, EACCES, EEXIST, EINTR, EAGAIN, EWOULDBLOCK, ENOTEMPTY, EPIPE), "\n";
open(my $fh, '<', '/nonexistent/caravan') or print "open failed: ", ($! == ENOENT ? 'ENOENT' : 'other'), " ", ($!{ENOENT} ? 'flag' : 'noflag'), " [", $!{EACCES}, "] ", (exists $!{ENOENT} ? 1 : 0), (exists $!{NOPE} ? 1 : 0), "\n";
$! = EEXIST;
print "EEXIST: ", ($!{EEXIST} ? 1 : 0), " ", ($!{ENOENT} ? 1 : 0), "\n";
print "count: ", (scalar(grep { $!{$_} } keys %!)), "\n";
eval { $!{ENOENT} = 1 }; print "store: ", ($@ =~ /^ERRNO hash is read only!/ ? 'croak' : $@), "\n";
print "exported: ", (defined &main::ENOENT ? 1 : 0), " tag: ", (defined &main::EXDEV ? 1 : 0), "\n";
