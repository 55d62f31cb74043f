# Caravan's own IO::Socket: socket objects over the core socket builtins. An object is a
# blessed glob reference (the socket's filehandle), so print, <$sock>, close and the other
# filehandle builtins take the object itself; its settings live in the glob's hash.
# IO::Socket::INET builds on it.
package IO::Socket;
use strict;
use warnings;
use Socket ();
require Symbol;
require IO::Handle;
our @ISA = ('IO::Handle');
our $VERSION = '1.49';

sub _croak { require Carp; Carp::croak(@_) }

# `use IO::Socket qw(SOCK_STREAM ...)` exports Socket's names, as perl's IO::Socket does.
sub import {
    my $pkg = shift;
    return if @_ && $_[0] eq 'sock_fd';
    require Exporter;
    Exporter::export('Socket', scalar caller, @_);
}

sub new {
    my ($class, %args) = @_;
    my $self = bless Symbol::gensym(), ref($class) || $class;
    ${*$self}{io_socket_timeout} = $args{Timeout} if exists $args{Timeout};
    return $self->configure(\%args);
}

sub configure { $_[0] }

sub socket {
    my ($self, $domain, $type, $proto) = @_;
    CORE::socket($self, $domain, $type, $proto || 0) or return undef;
    @{*$self}{qw(io_socket_domain io_socket_type io_socket_proto)} = ($domain, $type, $proto || 0);
    return $self;
}

sub connect {
    my ($self, $addr) = @_;
    return CORE::connect($self, $addr) ? $self : undef;
}

sub bind {
    my ($self, $addr) = @_;
    return CORE::bind($self, $addr) ? $self : undef;
}

sub listen {
    my ($self, $n) = @_;
    return CORE::listen($self, $n || Socket::SOMAXCONN()) ? $self : undef;
}

sub accept {
    my ($self, $pkg) = @_;
    my $new = bless Symbol::gensym(), $pkg || ref($self);
    my $peer = CORE::accept($new, $self) or return;
    my @keys = qw(io_socket_domain io_socket_type io_socket_proto);
    @{*$new}{@keys} = @{*$self}{@keys};
    $new->autoflush(1);
    return wantarray ? ($new, $peer) : $new;
}

sub send {
    my ($self, $msg, $flags, $to) = @_;
    return defined $to
        ? CORE::send($self, $msg, $flags || 0, $to)
        : CORE::send($self, $msg, $flags || 0);
}

sub recv {
    my ($self, undef, $len, $flags) = @_;
    return CORE::recv($self, $_[1], $len, $flags || 0);
}

sub shutdown   { CORE::shutdown($_[0], $_[1]) }
sub sockname   { CORE::getsockname($_[0]) }
sub peername   { CORE::getpeername($_[0]) }
sub connected  { my $p = CORE::getpeername($_[0]); $p ? $p : undef }
sub sockdomain { my $s = shift; ${*$s}{io_socket_domain} }
sub socktype   { my $s = shift; ${*$s}{io_socket_type} }
sub protocol   { my $s = shift; ${*$s}{io_socket_proto} }
sub timeout {
    my $s = shift;
    my $old = ${*$s}{io_socket_timeout};
    ${*$s}{io_socket_timeout} = shift if @_;
    return $old;
}
sub blocking   { 1 }

sub setsockopt { my $s = shift; CORE::setsockopt($s, $_[0], $_[1], $_[2]) }
sub getsockopt {
    my $s = shift;
    my $r = CORE::getsockopt($s, $_[0], $_[1]);
    return defined $r && length($r) == 4 ? unpack('i', $r) : $r;
}
sub sockopt {
    my $s = shift;
    return @_ > 1
        ? $s->setsockopt(Socket::SOL_SOCKET(), @_)
        : $s->getsockopt(Socket::SOL_SOCKET(), @_);
}

# The filehandle side (what IO::Handle gives perl's socket objects).
sub close     { CORE::close($_[0]) }
sub fileno    { CORE::fileno($_[0]) }
sub opened    { defined CORE::fileno($_[0]) ? 1 : '' }
sub eof       { CORE::eof($_[0]) }
sub binmode   { @_ > 1 ? CORE::binmode($_[0], $_[1]) : CORE::binmode($_[0]) }
sub print     { my $s = shift; CORE::print { $s } @_ }
sub printf    { my $s = shift; my $f = shift; CORE::printf { $s } $f, @_ }
sub say       { my $s = shift; local $\ = "\n"; CORE::print { $s } @_ }
sub getline   { my $fh = $_[0]; return scalar <$fh> }
sub getlines  { my $fh = $_[0]; my @l = <$fh>; @l }
sub read      { CORE::read($_[0], $_[1], $_[2], $_[3] || 0) }
sub sysread   { CORE::sysread($_[0], $_[1], $_[2], $_[3] || 0) }
sub syswrite {
    my ($s, $buf, $len, $off) = @_;
    return CORE::syswrite($s, $buf, defined $len ? $len : length($buf), $off || 0);
}
sub autoflush {
    my ($s, $on) = @_;
    my $old = select($s);
    my $prev = $|;
    $| = defined $on ? $on : 1;
    select($old);
    return $prev;
}
sub flush { my $s = shift; my $old = select($s); my $p = $|; $| = 1; $| = $p; select($old); 1 }

# perl's IO::Socket loads its INET subclass too: `use IO::Socket; IO::Socket::INET->new`.
require IO::Socket::INET;

1;
