# Caravan's own MIME::Base64: Base64 (RFC 2045, 76-character lines) and base64url.
package MIME::Base64;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '3.16';
our @EXPORT = qw(encode_base64 decode_base64);
our @EXPORT_OK = qw(encode_base64url decode_base64url encoded_base64_length decoded_base64_length);

my @alphabet = ('A' .. 'Z', 'a' .. 'z', '0' .. '9', '+', '/');
my %value;
@value{@alphabet} = 0 .. 63;

sub encode_base64 {
    my ($bytes, $eol) = @_;
    $eol = "\n" unless defined $eol;
    if ($bytes =~ /[^\x00-\xff]/) {
        require Carp;
        Carp::croak('Wide character in subroutine entry');
    }
    my $out = '';
    my $len = length $bytes;
    for (my $i = 0; $i < $len; $i += 3) {
        my $chunk = substr($bytes, $i, 3);
        my @b = map { ord } split //, $chunk;
        my $n = ($b[0] << 16) | (($b[1] || 0) << 8) | ($b[2] || 0);
        my $quad = join '', map { $alphabet[($n >> (18 - 6 * $_)) & 63] } 0 .. 3;
        substr($quad, @b + 1) = '=' x (3 - @b) if @b < 3;
        $out .= $quad;
    }
    if (length $eol && length $out) {
        $out =~ s/(.{1,76})/$1$eol/g;
    }
    return $out;
}

sub decode_base64 {
    my ($str) = @_;
    $str =~ tr{A-Za-z0-9+/=}{}cd;
    $str =~ s/=.*//s;    # decoding stops at the first pad character
    $str = substr($str, 0, length($str) - length($str) % 4) if length($str) % 4 == 1;
    my $out = '';
    for (my $i = 0; $i < length $str; $i += 4) {
        my @c = split //, substr($str, $i, 4);
        my $n = 0;
        $n = ($n << 6) | $value{$_} for @c;
        $n <<= 6 * (4 - @c);
        my $bytes = chr(($n >> 16) & 255) . chr(($n >> 8) & 255) . chr($n & 255);
        $out .= substr($bytes, 0, @c - 1);
    }
    return $out;
}

sub encode_base64url {
    my $e = encode_base64(shift, '');
    $e =~ s/=+\z//;
    $e =~ tr{+/}{-_};
    return $e;
}

sub decode_base64url {
    my $s = shift;
    $s =~ tr{-_}{+/};
    $s .= '=' while length($s) % 4;
    return decode_base64($s);
}

sub encoded_base64_length {
    my ($bytes, $eol) = @_;
    $eol = "\n" unless defined $eol;
    my $len = int((length($bytes) + 2) / 3) * 4;
    $len += int(($len + 75) / 76) * length($eol) if $len;
    return $len;
}

sub decoded_base64_length { length decode_base64($_[0]) }

1;
