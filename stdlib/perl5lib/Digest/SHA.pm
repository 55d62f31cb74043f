# Caravan's own Digest::SHA: SHA-1 and SHA-256 (FIPS 180-4) and their HMACs in plain Perl,
# functional and object interfaces. SHA-224/384/512 are not provided (they die).
package Digest::SHA;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '6.02';
our @EXPORT_OK = qw(sha1 sha1_hex sha1_base64 sha256 sha256_hex sha256_base64
    hmac_sha1 hmac_sha1_hex hmac_sha1_base64 hmac_sha256 hmac_sha256_hex hmac_sha256_base64);

use constant MASK => 0xffffffff;

sub _rotr { (($_[0] >> $_[1]) | ($_[0] << (32 - $_[1]))) & MASK }
sub _rotl { (($_[0] << $_[1]) | ($_[0] >> (32 - $_[1]))) & MASK }

my @PRIMES = grep { my $n = $_; !grep { $n % $_ == 0 } 2 .. int(sqrt $n) } 2 .. 311;

# First 32 bits of the fractional part of a root, refined by Newton's method.
sub _frac_bits {
    my ($x, $root) = @_;
    my $r = $x ** (1 / $root);
    $r -= ($r ** $root - $x) / ($root * $r ** ($root - 1)) for 1 .. 2;
    return int(($r - int $r) * 4294967296) & MASK;
}

my @K256 = map { _frac_bits($_, 3) } @PRIMES[0 .. 63];
my @H256 = map { _frac_bits($_, 2) } @PRIMES[0 .. 7];
my @H1 = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0);

sub _sha1_blocks {
    my ($h, $data) = @_;
    for (my $off = 0; $off < length $data; $off += 64) {
        my @w = unpack('N16', substr($data, $off, 64));
        push @w, _rotl($w[-3] ^ $w[-8] ^ $w[-14] ^ $w[-16], 1) for 16 .. 79;
        my ($a, $b, $c, $d, $e) = @$h;
        for my $i (0 .. 79) {
            my ($f, $k);
            if    ($i < 20) { $f = ($b & $c) | ((MASK ^ $b) & $d); $k = 0x5a827999 }
            elsif ($i < 40) { $f = $b ^ $c ^ $d; $k = 0x6ed9eba1 }
            elsif ($i < 60) { $f = ($b & $c) | ($b & $d) | ($c & $d); $k = 0x8f1bbcdc }
            else            { $f = $b ^ $c ^ $d; $k = 0xca62c1d6 }
            my $t = (_rotl($a, 5) + $f + $e + $k + $w[$i]) & MASK;
            ($e, $d, $c, $b, $a) = ($d, $c, _rotl($b, 30), $a, $t);
        }
        my @add = ($a, $b, $c, $d, $e);
        $h->[$_] = ($h->[$_] + $add[$_]) & MASK for 0 .. 4;
    }
}

sub _sha256_blocks {
    my ($h, $data) = @_;
    for (my $off = 0; $off < length $data; $off += 64) {
        my @w = unpack('N16', substr($data, $off, 64));
        for my $i (16 .. 63) {
            my $s0 = _rotr($w[$i - 15], 7) ^ _rotr($w[$i - 15], 18) ^ ($w[$i - 15] >> 3);
            my $s1 = _rotr($w[$i - 2], 17) ^ _rotr($w[$i - 2], 19) ^ ($w[$i - 2] >> 10);
            $w[$i] = ($w[$i - 16] + $s0 + $w[$i - 7] + $s1) & MASK;
        }
        my ($a, $b, $c, $d, $e, $f, $g, $hh) = @$h;
        for my $i (0 .. 63) {
            my $S1 = _rotr($e, 6) ^ _rotr($e, 11) ^ _rotr($e, 25);
            my $ch = ($e & $f) ^ ((MASK ^ $e) & $g);
            my $t1 = ($hh + $S1 + $ch + $K256[$i] + $w[$i]) & MASK;
            my $S0 = _rotr($a, 2) ^ _rotr($a, 13) ^ _rotr($a, 22);
            my $maj = ($a & $b) ^ ($a & $c) ^ ($b & $c);
            my $t2 = ($S0 + $maj) & MASK;
            ($hh, $g, $f, $e, $d, $c, $b, $a) = ($g, $f, $e, ($d + $t1) & MASK, $c, $b, $a, ($t1 + $t2) & MASK);
        }
        my @add = ($a, $b, $c, $d, $e, $f, $g, $hh);
        $h->[$_] = ($h->[$_] + $add[$_]) & MASK for 0 .. 7;
    }
}

my %ALG = (
    1   => { init => \@H1, blocks => \&_sha1_blocks, words => 5 },
    256 => { init => \@H256, blocks => \&_sha256_blocks, words => 8 },
);

sub _croak { require Carp; Carp::croak(@_) }

sub new {
    my ($class, $alg) = @_;
    $alg = 1 unless defined $alg;
    $alg =~ s/^sha-?//i;
    return undef unless $ALG{$alg};
    if (ref $class) {
        $class->{alg} = $alg;
        return $class->reset;
    }
    my $self = bless { alg => $alg }, $class;
    return $self->reset;
}

sub reset {
    my $self = shift;
    $self->{state} = [ @{ $ALG{ $self->{alg} }{init} } ];
    $self->{buffer} = '';
    $self->{length} = 0;
    return $self;
}

sub algorithm { $_[0]{alg} }
sub hashsize  { $_[0]{alg} == 1 ? 160 : 256 }

sub clone {
    my $self = shift;
    return bless { %$self, state => [ @{ $self->{state} } ] }, ref $self;
}

sub add {
    my $self = shift;
    for my $piece (@_) {
        my $data = $piece;
        if (utf8::is_utf8($data)) {
            utf8::downgrade($data, 1) or _croak('Wide character in subroutine entry');
        }
        $self->{length} += length $data;
        $self->{buffer} .= $data;
        my $whole = length($self->{buffer}) - length($self->{buffer}) % 64;
        $ALG{ $self->{alg} }{blocks}->($self->{state}, substr($self->{buffer}, 0, $whole, '')) if $whole;
    }
    return $self;
}

sub addfile {
    my ($self, $file, $mode) = @_;
    my $fh;
    if (!ref $file && ref(\$file) ne 'GLOB') {
        open($fh, '<', $file) or _croak("Open failed: $!");
    }
    else {
        $fh = $file;
    }
    binmode $fh;
    while (read($fh, my $buf, 65536)) { $self->add($buf) }
    return $self;
}

sub digest {
    my $self = shift;
    my $bits = $self->{length} * 8;
    my $tail = $self->{buffer} . "\x80";
    $tail .= "\0" x ((56 - length($tail) % 64) % 64);
    $tail .= pack('N2', int($bits / 4294967296) & MASK, $bits & MASK);
    my @state = @{ $self->{state} };
    $ALG{ $self->{alg} }{blocks}->(\@state, $tail);
    $self->reset;
    return pack('N*', @state);
}

sub hexdigest { unpack('H*', $_[0]->digest) }

sub _b64 {
    require MIME::Base64;
    my $b = MIME::Base64::encode_base64($_[0], '');
    $b =~ s/=+\z//;
    return $b;
}
sub b64digest { _b64($_[0]->digest) }

sub _hmac {
    my ($alg, $data, $key) = @_;
    $key = '' unless defined $key;
    $key = Digest::SHA->new($alg)->add($key)->digest if length $key > 64;
    $key .= "\0" x (64 - length $key);
    my $inner = Digest::SHA->new($alg)->add(($key ^ ("\x36" x 64)), $data)->digest;
    return Digest::SHA->new($alg)->add(($key ^ ("\x5c" x 64)), $inner)->digest;
}

sub sha1          { Digest::SHA->new(1)->add(@_)->digest }
sub sha1_hex      { Digest::SHA->new(1)->add(@_)->hexdigest }
sub sha1_base64   { Digest::SHA->new(1)->add(@_)->b64digest }
sub sha256        { Digest::SHA->new(256)->add(@_)->digest }
sub sha256_hex    { Digest::SHA->new(256)->add(@_)->hexdigest }
sub sha256_base64 { Digest::SHA->new(256)->add(@_)->b64digest }
sub hmac_sha1          { _hmac(1, @_) }
sub hmac_sha1_hex      { unpack('H*', _hmac(1, @_)) }
sub hmac_sha1_base64   { _b64(_hmac(1, @_)) }
sub hmac_sha256        { _hmac(256, @_) }
sub hmac_sha256_hex    { unpack('H*', _hmac(256, @_)) }
sub hmac_sha256_base64 { _b64(_hmac(256, @_)) }

1;
