# Caravan's own Socket: the constants of the Linux socket headers, and the packing of
# socket addresses (struct sockaddr_in / sockaddr_in6 / sockaddr_un) in Perl. The socket
# calls themselves are core builtins (socket, bind, connect, accept, ...).
package Socket;
use strict;
use warnings;
no warnings 'once';
require Exporter;
our @ISA = ('Exporter');
our $VERSION = '2.033';

my %const = (
    AF_UNSPEC => 0, AF_UNIX => 1, AF_LOCAL => 1, AF_INET => 2, AF_AX25 => 3, AF_IPX => 4,
    AF_APPLETALK => 5, AF_X25 => 9, AF_INET6 => 10, AF_DECnet => 12, AF_KEY => 15,
    AF_ROUTE => 16, AF_NETLINK => 16, AF_PACKET => 17, AF_SNA => 22, AF_MAX => 46,
    SOCK_STREAM => 1, SOCK_DGRAM => 2, SOCK_RAW => 3, SOCK_RDM => 4, SOCK_SEQPACKET => 5,
    SOCK_NONBLOCK => 2048, SOCK_CLOEXEC => 524288,
    SOL_SOCKET => 1, SOMAXCONN => 4096,
    SO_DEBUG => 1, SO_REUSEADDR => 2, SO_TYPE => 3, SO_ERROR => 4, SO_DONTROUTE => 5,
    SO_BROADCAST => 6, SO_SNDBUF => 7, SO_RCVBUF => 8, SO_KEEPALIVE => 9,
    SO_OOBINLINE => 10, SO_LINGER => 13, SO_REUSEPORT => 15, SO_PASSCRED => 16,
    SO_PEERCRED => 17, SO_RCVLOWAT => 18, SO_SNDLOWAT => 19, SO_RCVTIMEO => 20,
    SO_SNDTIMEO => 21, SO_ACCEPTCONN => 30, SO_PROTOCOL => 38, SO_DOMAIN => 39,
    MSG_OOB => 1, MSG_PEEK => 2, MSG_DONTROUTE => 4, MSG_CTRUNC => 8, MSG_PROXY => 16,
    MSG_TRUNC => 32, MSG_DONTWAIT => 64, MSG_EOR => 128, MSG_WAITALL => 256,
    MSG_FIN => 512, MSG_SYN => 1024, MSG_RST => 4096, MSG_ERRQUEUE => 8192,
    MSG_NOSIGNAL => 16384,
    SHUT_RD => 0, SHUT_WR => 1, SHUT_RDWR => 2,
    IPPROTO_IP => 0, IPPROTO_ICMP => 1, IPPROTO_IGMP => 2, IPPROTO_TCP => 6,
    IPPROTO_UDP => 17, IPPROTO_IPV6 => 41, IPPROTO_GRE => 47, IPPROTO_ESP => 50,
    IPPROTO_AH => 51, IPPROTO_ICMPV6 => 58, IPPROTO_SCTP => 132, IPPROTO_RAW => 255,
    IP_TOS => 1, IP_TTL => 2, IP_HDRINCL => 3, IP_OPTIONS => 4, IP_RECVOPTS => 6,
    IP_RETOPTS => 7, IP_RECVRETOPTS => 7, IPV6_V6ONLY => 26,
    TCP_NODELAY => 1, TCP_MAXSEG => 2, TCP_CORK => 3, TCP_KEEPIDLE => 4,
    TCP_KEEPINTVL => 5, TCP_KEEPCNT => 6, TCP_SYNCNT => 7, TCP_LINGER2 => 8,
    TCP_DEFER_ACCEPT => 9, TCP_WINDOW_CLAMP => 10, TCP_INFO => 11, TCP_QUICKACK => 12,
    TCP_CONGESTION => 13, TCP_USER_TIMEOUT => 18, TCP_FASTOPEN => 23,
    AI_PASSIVE => 1, AI_CANONNAME => 2, AI_NUMERICHOST => 4, AI_V4MAPPED => 8,
    AI_ALL => 16, AI_ADDRCONFIG => 32, AI_NUMERICSERV => 1024,
    NI_NUMERICHOST => 1, NI_NUMERICSERV => 2, NI_NOFQDN => 4, NI_NAMEREQD => 8,
    NI_DGRAM => 16,
    EAI_BADFLAGS => -1, EAI_NONAME => -2, EAI_AGAIN => -3, EAI_FAIL => -4,
    EAI_FAMILY => -6, EAI_SOCKTYPE => -7, EAI_SERVICE => -8, EAI_SYSTEM => -11,
);
$const{"PF_$_"} = $const{"AF_$_"} for map { /^AF_(.*)/ ? $1 : () } keys %const;

{
    no strict 'refs';
    for my $name (keys %const) {
        my $v = $const{$name};
        *{$name} = sub () { $v };
    }
}

sub INADDR_ANY ()       { "\0\0\0\0" }
sub INADDR_LOOPBACK ()  { "\x7f\0\0\x01" }
sub INADDR_NONE ()      { "\xff\xff\xff\xff" }
sub INADDR_BROADCAST () { "\xff\xff\xff\xff" }
sub IN6ADDR_ANY ()      { "\0" x 16 }
sub IN6ADDR_LOOPBACK () { ("\0" x 15) . "\x01" }
sub CRLF () { "\015\012" }
sub CR ()   { "\015" }
sub LF ()   { "\012" }
our ($CRLF, $CR, $LF) = ("\015\012", "\015", "\012");

my @functions = qw(inet_aton inet_ntoa pack_sockaddr_in unpack_sockaddr_in sockaddr_in
    pack_sockaddr_in6 unpack_sockaddr_in6 sockaddr_in6 pack_sockaddr_un
    unpack_sockaddr_un sockaddr_un sockaddr_family);
my @addr = qw(INADDR_ANY INADDR_BROADCAST INADDR_LOOPBACK INADDR_NONE);
my @ok_only = grep { /^(IPPROTO_|TCP_|AI_|NI_|EAI_|IPV6_)/ } keys %const;
our @EXPORT = (
    (sort grep { my $n = $_; !grep { $_ eq $n } @ok_only } keys %const),
    @addr, @functions,
);
our @EXPORT_OK = (sort(@ok_only), qw(inet_pton inet_ntop getaddrinfo getnameinfo
    IN6ADDR_ANY IN6ADDR_LOOPBACK CRLF CR LF $CRLF $CR $LF));
our %EXPORT_TAGS = (
    all      => [ @EXPORT, @EXPORT_OK ],
    crlf     => [qw(CRLF CR LF $CRLF $CR $LF)],
    addrinfo => [ qw(getaddrinfo getnameinfo), grep { /^(AI_|NI_|EAI_)/ } @ok_only ],
);

sub _croak { require Carp; Carp::croak(@_) }

sub inet_aton {
    my ($host) = @_;
    return undef unless defined $host;
    if ($host =~ /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/) {
        return undef if grep { $_ > 255 } $1, $2, $3, $4;
        return pack 'C4', $1, $2, $3, $4;
    }
    my @h = gethostbyname($host);
    return @h > 4 ? $h[4] : undef;
}

sub inet_ntoa {
    my ($addr) = @_;
    _croak('Bad arg length for Socket::inet_ntoa, length is ' . length($addr) . ', should be 4')
        unless defined $addr && length($addr) == 4;
    return join '.', unpack 'C4', $addr;
}

sub pack_sockaddr_in {
    my ($port, $ip) = @_;
    _croak('Bad arg length for Socket::pack_sockaddr_in, length is '
        . length($ip) . ', should be 4') unless defined $ip && length($ip) == 4;
    return pack('S n a4 x8', AF_INET(), $port, $ip);
}

sub unpack_sockaddr_in {
    my ($sa) = @_;
    _croak('Bad arg length for Socket::unpack_sockaddr_in, length is '
        . length($sa) . ', should be 16') unless defined $sa && length($sa) == 16;
    my ($family, $port, $ip) = unpack 'S n a4', $sa;
    _croak("Bad address family for Socket::unpack_sockaddr_in, got $family, should be "
        . AF_INET()) unless $family == AF_INET();
    return wantarray ? ($port, $ip) : $ip;
}

sub sockaddr_in {
    if (@_ == 1) {
        _croak('usage:   (port,iaddr) = sockaddr_in(sin_sv)') unless wantarray;
        return unpack_sockaddr_in($_[0]);
    }
    _croak('usage:   sin_sv = sockaddr_in(port,iaddr))') unless @_ == 2;
    return pack_sockaddr_in(@_);
}

sub pack_sockaddr_in6 {
    my ($port, $ip, $scope, $flow) = @_;
    return pack('S n N a16 L', AF_INET6(), $port, $flow || 0, $ip, $scope || 0);
}

sub unpack_sockaddr_in6 {
    my ($sa) = @_;
    my ($family, $port, $flow, $ip, $scope) = unpack 'S n N a16 L', $sa;
    return wantarray ? ($port, $ip, $scope, $flow) : $ip;
}

sub sockaddr_in6 {
    return unpack_sockaddr_in6($_[0]) if @_ == 1;
    return pack_sockaddr_in6(@_);
}

sub pack_sockaddr_un {
    my ($path) = @_;
    return pack('S a108', AF_UNIX(), $path);
}

sub unpack_sockaddr_un {
    my ($sa) = @_;
    my (undef, $path) = unpack 'S a*', $sa;
    $path =~ s/\0.*//s;
    return $path;
}

sub sockaddr_un {
    return unpack_sockaddr_un($_[0]) if wantarray && @_ == 1 && length($_[0]) > 2
        && unpack('S', $_[0]) == AF_UNIX();
    return pack_sockaddr_un(@_);
}

sub sockaddr_family {
    my ($sa) = @_;
    _croak('Bad arg length for Socket::sockaddr_family, length is ' . length($sa)
        . ', should be at least 2') unless defined $sa && length($sa) >= 2;
    return unpack 'S', $sa;
}

sub inet_pton {
    my ($family, $text) = @_;
    if ($family == AF_INET()) {
        return undef unless $text =~ /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;
        return undef if grep { $_ > 255 } $1, $2, $3, $4;
        return pack 'C4', $1, $2, $3, $4;
    }
    if ($family == AF_INET6()) {
        my $v4 = '';
        if ($text =~ s/:(\d+\.\d+\.\d+\.\d+)$/:/) {
            $v4 = inet_pton(AF_INET(), $1);
            return undef unless defined $v4;
            $text .= '0:0';
        }
        my @parts;
        if ($text =~ /::/) {
            my ($l, $r) = split /::/, $text, 2;
            my @l = length $l ? split(/:/, $l) : ();
            my @r = length $r ? split(/:/, $r) : ();
            return undef if @l + @r > 7;
            @parts = (@l, ('0') x (8 - @l - @r), @r);
        } else {
            @parts = split /:/, $text;
        }
        return undef unless @parts == 8 && !grep { !/^[0-9a-fA-F]{1,4}$/ } @parts;
        my $bin = pack 'n8', map { hex } @parts;
        substr($bin, 12, 4) = $v4 if length $v4;
        return $bin;
    }
    _croak("Bad address family for Socket::inet_pton, got $family, should be either AF_INET or AF_INET6");
}

sub inet_ntop {
    my ($family, $bin) = @_;
    return inet_ntoa($bin) if $family == AF_INET();
    _croak("Bad address family for Socket::inet_ntop, got $family, should be either AF_INET or AF_INET6")
        unless $family == AF_INET6();
    my @w = unpack 'n8', $bin;
    # IPv4-mapped addresses keep the dotted quad, as inet_ntop(3) writes them.
    return '::ffff:' . inet_ntoa(substr($bin, 12, 4))
        if !grep({ $_ } @w[0 .. 4]) && $w[5] == 0xffff;
    # The longest run of two or more zero words becomes '::'.
    my ($best, $len) = (-1, 0);
    for (my $i = 0; $i < 8; $i++) {
        next if $w[$i];
        my $j = $i;
        $j++ while $j < 8 && !$w[$j];
        ($best, $len) = ($i, $j - $i) if $j - $i > $len && $j - $i > 1;
        $i = $j;
    }
    my @hex = map { sprintf '%x', $_ } @w;
    return join(':', @hex) if $best < 0;
    my $l = join ':', @hex[0 .. $best - 1];
    my $r = join ':', @hex[$best + $len .. 7];
    return "${l}::$r";
}

# getaddrinfo for IPv4 names and numbers: ($err, @results) as Socket documents it.
sub getaddrinfo {
    my ($host, $service, $hints) = @_;
    $hints ||= {};
    my $socktype = $hints->{socktype} || 0;
    my $protocol = $hints->{protocol} || 0;
    my $port = 0;
    if (defined $service && length $service) {
        if ($service =~ /^\d+$/) {
            $port = $service;
        } else {
            my $proto = $socktype == SOCK_DGRAM() ? 'udp' : 'tcp';
            $port = (getservbyname($service, $proto))[2];
            return (_eai(EAI_SERVICE(), 'Servname not supported for ai_socktype')) unless defined $port;
        }
    }
    my @ips;
    if (!defined $host || !length $host) {
        @ips = (($hints->{flags} || 0) & AI_PASSIVE()) ? INADDR_ANY() : INADDR_LOOPBACK();
    } elsif ($host =~ /^\d+\.\d+\.\d+\.\d+$/) {
        @ips = (inet_aton($host));
    } else {
        return (_eai(EAI_NONAME(), 'Name or service not known'))
            if ($hints->{flags} || 0) & AI_NUMERICHOST();
        my @h = gethostbyname($host);
        return (_eai(EAI_NONAME(), 'Name or service not known')) unless @h > 4;
        @ips = @h[4 .. $#h];
    }
    my @types = $socktype ? ($socktype) : (SOCK_STREAM(), SOCK_DGRAM(), SOCK_RAW());
    my @res;
    for my $ip (@ips) {
        for my $t (@types) {
            my $p = $protocol || ($t == SOCK_STREAM() ? IPPROTO_TCP() : $t == SOCK_DGRAM() ? IPPROTO_UDP() : 0);
            push @res, { family => AF_INET(), socktype => $t, protocol => $p,
                addr => pack_sockaddr_in($port, $ip), canonname => undef };
        }
    }
    return (_eai(0, ''), @res);
}

sub getnameinfo {
    my ($sa, $flags) = @_;
    $flags ||= 0;
    my ($port, $ip) = unpack_sockaddr_in($sa);
    my $host;
    unless ($flags & NI_NUMERICHOST()) {
        $host = gethostbyaddr($ip, AF_INET());
    }
    return (_eai(EAI_NONAME(), 'Name or service not known')) if !defined $host && ($flags & NI_NAMEREQD());
    $host = inet_ntoa($ip) unless defined $host;
    my $serv = $port;
    unless ($flags & NI_NUMERICSERV()) {
        my $name = getservbyport($port, ($flags & NI_DGRAM()) ? 'udp' : 'tcp');
        $serv = $name if defined $name;
    }
    return (_eai(0, ''), $host, $serv);
}

sub _eai {
    my ($code, $text) = @_;
    require Scalar::Util;
    return Scalar::Util::dualvar($code, $text);
}

1;
