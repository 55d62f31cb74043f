# Caravan's own IO::Socket::INET: TCP and UDP sockets from perl's documented constructor
# arguments (PeerAddr/PeerHost, PeerPort, LocalAddr/LocalHost, LocalPort, Proto, Type,
# Listen, ReuseAddr, Timeout) or a single "host:port" string.
package IO::Socket::INET;
use strict;
use warnings;
use Socket qw(AF_INET SOCK_STREAM SOCK_DGRAM SOL_SOCKET SO_REUSEADDR SO_REUSEPORT
    SO_BROADCAST INADDR_ANY inet_aton inet_ntoa pack_sockaddr_in unpack_sockaddr_in);
require IO::Socket;
our @ISA = ('IO::Socket');
our $VERSION = '1.49';

my %proto_type = (tcp => SOCK_STREAM, udp => SOCK_DGRAM);

sub new {
    my $class = shift;
    my %args = @_ == 1 ? (PeerAddr => $_[0]) : @_;
    return $class->SUPER::new(%args);
}

sub _error {
    my ($self, $msg) = @_;
    $@ = "IO::Socket::INET: $msg";
    $IO::Socket::errstr = $@;
    return undef;
}

# "host:port", "host:service(fallback)", or a bare host with the port given apart.
sub _split_addr {
    my ($addr, $port) = @_;
    return (undef, $port) unless defined $addr;
    if ($addr =~ /^(.*):([\w()-]+)$/) {
        ($addr, $port) = ($1, $2);
    }
    return ($addr, $port);
}

sub _port_number {
    my ($port, $proto) = @_;
    return 0 unless defined $port && length $port;
    my $fallback;
    $fallback = $1 if $port =~ s/\((\d+)\)$//;
    return $port if $port =~ /^\d+$/;
    my $n = (getservbyname($port, $proto))[2];
    return defined $n ? $n : $fallback;
}

sub configure {
    my ($self, $arg) = @_;
    my $proto = lc($arg->{Proto} || '');
    my $type = $arg->{Type} || ($proto eq 'udp' ? SOCK_DGRAM : SOCK_STREAM);
    $proto ||= $type == SOCK_DGRAM ? 'udp' : 'tcp';
    my $proto_num = getprotobyname($proto) || 0;

    my ($lhost, $lport) = _split_addr($arg->{LocalAddr} || $arg->{LocalHost}, $arg->{LocalPort});
    my ($rhost, $rport) = _split_addr($arg->{PeerAddr} || $arg->{PeerHost}, $arg->{PeerPort});
    $lport = _port_number($lport, $proto);
    if (defined $rhost) {
        my $p = _port_number($rport, $proto);
        return $self->_error("Bad service '$rport'") unless defined $p;
        $rport = $p;
    }
    my $laddr = defined $lhost ? inet_aton($lhost) : INADDR_ANY;
    return $self->_error("Bad hostname '$lhost'") unless defined $laddr;

    $self->socket(AF_INET, $type, $proto_num)
        or return $self->_error("socket: $!");
    if ($arg->{ReuseAddr} || $arg->{Reuse}) {
        $self->setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) or return $self->_error("sockopt: $!");
    }
    if ($arg->{ReusePort}) {
        $self->setsockopt(SOL_SOCKET, SO_REUSEPORT, 1) or return $self->_error("sockopt: $!");
    }
    $self->setsockopt(SOL_SOCKET, SO_BROADCAST, 1) if $arg->{Broadcast};

    if ($lport || defined $lhost || exists $arg->{Listen}) {
        $self->bind(pack_sockaddr_in($lport, $laddr)) or return $self->_error("bind: $!");
    }
    if (exists $arg->{Listen}) {
        $self->listen($arg->{Listen} || 5) or return $self->_error("listen: $!");
        return $self;
    }
    if (defined $rhost) {
        my $raddr = inet_aton($rhost);
        return $self->_error("Bad hostname '$rhost'") unless defined $raddr;
        my $ok = eval {
            local $SIG{ALRM} = sub { die "timeout\n" } if $arg->{Timeout};
            alarm($arg->{Timeout}) if $arg->{Timeout};
            my $r = $self->connect(pack_sockaddr_in($rport, $raddr));
            alarm(0) if $arg->{Timeout};
            $r;
        };
        unless ($ok) {
            my $why = $@ eq "timeout\n" ? 'connect: timeout' : "connect: $!";
            $self->close;
            return $self->_error($why);
        }
        ${*$self}{io_socket_peer} = pack_sockaddr_in($rport, $raddr);
    }
    $self->autoflush(1);
    return $self;
}

sub sockaddr { my $n = $_[0]->sockname; $n ? (unpack_sockaddr_in($n))[1] : undef }
sub sockport { my $n = $_[0]->sockname; $n ? (unpack_sockaddr_in($n))[0] : undef }
sub sockhost { my $a = $_[0]->sockaddr; $a ? inet_ntoa($a) : undef }
sub peeraddr { my $n = $_[0]->peername; $n ? (unpack_sockaddr_in($n))[1] : undef }
sub peerport { my $n = $_[0]->peername; $n ? (unpack_sockaddr_in($n))[0] : undef }
sub peerhost { my $a = $_[0]->peeraddr; $a ? inet_ntoa($a) : undef }

1;
