# Caravan's own Errno: the errno constants (table generated per platform into
# Errno/Constants.pm) and the class behind %! ($!{ENOENT} is true when $! is ENOENT).
package Errno;
use strict;
use warnings;
no strict 'refs';
no warnings 'once';

require Exporter;
require Errno::Constants;
our @ISA = ('Exporter');
our $VERSION = '1.36';
my %errno = %Errno::Constants::VALUES;
our @EXPORT_OK = sort keys %errno;
our %EXPORT_TAGS = (POSIX => [ grep { exists $errno{$_} } qw(
    E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EAFNOSUPPORT EAGAIN EALREADY EBADF EBUSY ECHILD
    ECONNABORTED ECONNREFUSED ECONNRESET EDEADLK EDESTADDRREQ EDOM EDQUOT EEXIST EFAULT EFBIG
    EHOSTDOWN EHOSTUNREACH EINPROGRESS EINTR EINVAL EIO EISCONN EISDIR ELOOP EMFILE EMLINK
    EMSGSIZE ENAMETOOLONG ENETDOWN ENETRESET ENETUNREACH ENFILE ENOBUFS ENODEV ENOENT ENOEXEC
    ENOLCK ENOMEM ENOPROTOOPT ENOSPC ENOSYS ENOTBLK ENOTCONN ENOTDIR ENOTEMPTY ENOTSOCK ENOTTY
    ENXIO EOPNOTSUPP EPERM EPFNOSUPPORT EPIPE EPROTONOSUPPORT EPROTOTYPE ERANGE EREMOTE ERESTART EROFS
    ESHUTDOWN ESOCKTNOSUPPORT ESPIPE ESRCH ESTALE ETIMEDOUT ETOOMANYREFS ETXTBSY EUSERS
    EWOULDBLOCK EXDEV) ]);

for my $name (keys %errno) {
    my $value = $errno{$name};
    *{$name} = sub () { $value };
}

sub TIEHASH { bless {}, $_[0] }

sub FETCH {
    my ($self, $name) = @_;
    return '' unless exists $errno{$name};
    my $current = $! + 0;
    return $errno{$name} == $current ? $current : 0;
}

sub STORE { require Carp; Carp::confess('ERRNO hash is read only!') }
*CLEAR = \&STORE;
*DELETE = \&STORE;

sub NEXTKEY { each %errno }
sub FIRSTKEY { my $reset = scalar keys %errno; each %errno }
sub EXISTS { exists $errno{ $_[1] } }

# perl calls this the first time a program uses %!, making %! a hash tied to this class.
sub _tie_it { tie %{ $_[0] }, __PACKAGE__ }

1;
