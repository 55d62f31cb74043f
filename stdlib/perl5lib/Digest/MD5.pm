# Caravan's own Digest::MD5: the RFC 1321 message digest in plain Perl (functional and
# object interfaces). 32-bit arithmetic is done on perl's integers with explicit masks.
# Complements are written MASK ^ $x, not ~$x: ~ yields a 64-bit UV that does not survive
# in interpreters without unsigned 64-bit integers (and the mask would be needed anyway).
package Digest::MD5;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '2.58';
our @EXPORT_OK = qw(md5 md5_hex md5_base64);

my @SHIFT = (7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
my @K = map { int(abs(sin($_ + 1)) * 4294967296) & 0xffffffff } 0 .. 63;
use constant MASK => 0xffffffff;

sub _rotl {
    my ($x, $n) = @_;
    return (($x << $n) | ($x >> (32 - $n))) & MASK;
}

# Runs the compression function over each 64-byte block of $data.
sub _blocks {
    my ($state, $data) = @_;
    my ($a0, $b0, $c0, $d0) = @$state;
    for (my $off = 0; $off < length $data; $off += 64) {
        my @m = unpack('V16', substr($data, $off, 64));
        my ($a, $b, $c, $d) = ($a0, $b0, $c0, $d0);
        for my $i (0 .. 63) {
            my ($f, $g);
            if ($i < 16) {
                $f = ($b & $c) | ((MASK ^ $b) & $d);
                $g = $i;
            }
            elsif ($i < 32) {
                $f = ($d & $b) | ((MASK ^ $d) & $c);
                $g = (5 * $i + 1) % 16;
            }
            elsif ($i < 48) {
                $f = $b ^ $c ^ $d;
                $g = (3 * $i + 5) % 16;
            }
            else {
                $f = $c ^ ($b | (MASK ^ $d));
                $g = (7 * $i) % 16;
            }
            $f &= MASK;
            my $shift = $SHIFT[ ($i >> 4) * 4 + ($i % 4) ];
            my $sum = ($a + $f + $K[$i] + $m[$g]) & MASK;
            ($a, $d, $c) = ($d, $c, $b);
            $b = ($b + _rotl($sum, $shift)) & MASK;
        }
        $a0 = ($a0 + $a) & MASK;
        $b0 = ($b0 + $b) & MASK;
        $c0 = ($c0 + $c) & MASK;
        $d0 = ($d0 + $d) & MASK;
    }
    @$state = ($a0, $b0, $c0, $d0);
}

sub _check_bytes {
    my ($data) = @_;
    if (utf8::is_utf8($data)) {
        my $copy = $data;
        utf8::downgrade($copy, 1) or do { require Carp; Carp::croak('Wide character in subroutine entry') };
        return $copy;
    }
    return $data;
}

sub new {
    my $class = shift;
    return $class->reset if ref $class;
    my $self = bless {}, $class;
    return $self->reset;
}

sub reset {
    my $self = shift;
    $self->{state} = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    $self->{buffer} = '';
    $self->{length} = 0;
    return $self;
}

sub clone {
    my $self = shift;
    return bless { state => [ @{ $self->{state} } ], buffer => $self->{buffer}, length => $self->{length} }, ref $self;
}

sub add {
    my $self = shift;
    for my $piece (@_) {
        my $data = _check_bytes($piece);
        $self->{length} += length $data;
        $self->{buffer} .= $data;
        my $whole = length($self->{buffer}) - length($self->{buffer}) % 64;
        if ($whole) {
            _blocks($self->{state}, substr($self->{buffer}, 0, $whole, ''));
        }
    }
    return $self;
}

sub addfile {
    my ($self, $fh) = @_;
    binmode $fh;
    while (1) {
        my $n = read($fh, my $buf, 65536);
        if (!defined $n) { require Carp; Carp::croak("Reading from filehandle failed: $!") }
        last unless $n;
        $self->add($buf);
    }
    return $self;
}

sub add_bits {
    my ($self, $bits) = @_;
    $bits = pack('B*', $bits) if @_ == 2;
    return $self->add($bits);
}

sub digest {
    my $self = shift;
    my $bits = $self->{length} * 8;
    my $tail = $self->{buffer} . "\x80";
    $tail .= "\0" x ((56 - length($tail) % 64) % 64);
    $tail .= pack('V2', $bits & MASK, ($bits / 4294967296) & MASK);
    my @state = @{ $self->{state} };
    _blocks(\@state, $tail);
    $self->reset;
    return pack('V4', @state);
}

sub hexdigest { unpack('H*', $_[0]->digest) }

sub b64digest {
    require MIME::Base64;
    my $b64 = MIME::Base64::encode_base64($_[0]->digest, '');
    $b64 =~ s/=+\z//;
    return $b64;
}

sub md5        { Digest::MD5->new->add(@_)->digest }
sub md5_hex    { Digest::MD5->new->add(@_)->hexdigest }
sub md5_base64 { Digest::MD5->new->add(@_)->b64digest }

1;
