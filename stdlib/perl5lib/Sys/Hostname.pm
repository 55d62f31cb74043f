# Caravan's own Sys::Hostname: the host's name from uname(2) (Internals::Caravan::uname).
package Sys::Hostname;
use strict;
use warnings;
require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.24';
our @EXPORT = qw(hostname);
my $host;

sub hostname {
    return $host if defined $host;
    my @uname = Internals::Caravan::uname();
    $host = $uname[1];
    if (!defined $host || $host eq '') {
        require Carp;
        Carp::croak('Cannot get host name of local machine');
    }
    return $host;
}

1;
