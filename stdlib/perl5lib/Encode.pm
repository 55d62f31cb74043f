# Caravan's own Encode: character-string <-> byte conversions for the encodings Caravan
# ships (UTF-8 strict and lax "utf8", ISO-8859-1, ASCII), with Encode's CHECK modes
# (substitution, croak, quiet/warn, perlqq, HTML/XML character references).
package Encode;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '3.17';
our @EXPORT = qw(decode decode_utf8 encode encode_utf8 str2bytes bytes2str encodings
    find_encoding find_mime_encoding clone_encoding);
our @FB_CONSTS = qw(FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF);
our @EXPORT_OK = (qw(_utf8_off _utf8_on define_encoding from_to is_16bit is_8bit is_utf8
    perlio_ok resolve_alias utf8_downgrade utf8_upgrade DIE_ON_ERR WARN_ON_ERR RETURN_ON_ERR
    LEAVE_SRC PERLQQ HTMLCREF XMLCREF STOP_AT_PARTIAL), @FB_CONSTS);
our %EXPORT_TAGS = (all => [ @EXPORT, @EXPORT_OK ], default => [@EXPORT], fallbacks => [@FB_CONSTS],
    fallback_all => [ @FB_CONSTS, qw(DIE_ON_ERR WARN_ON_ERR RETURN_ON_ERR LEAVE_SRC PERLQQ HTMLCREF XMLCREF STOP_AT_PARTIAL) ]);

sub DIE_ON_ERR ()      { 0x0001 }
sub WARN_ON_ERR ()     { 0x0002 }
sub RETURN_ON_ERR ()   { 0x0004 }
sub LEAVE_SRC ()       { 0x0008 }
sub PERLQQ ()          { 0x0100 }
sub HTMLCREF ()        { 0x0200 }
sub XMLCREF ()         { 0x0400 }
sub STOP_AT_PARTIAL () { 0x0800 }
sub FB_DEFAULT ()  { 0 }
sub FB_CROAK ()    { 1 }
sub FB_QUIET ()    { 4 }
sub FB_WARN ()     { 6 }
sub FB_PERLQQ ()   { 0x0108 }
sub FB_HTMLCREF () { 0x0208 }
sub FB_XMLCREF ()  { 0x0408 }

sub _croak { require Carp; Carp::croak(@_) }

my %canonical = (
    'utf8' => 'utf8', 'utf-8' => 'utf-8-strict', 'utf-8-strict' => 'utf-8-strict',
    'iso-8859-1' => 'iso-8859-1', 'iso8859-1' => 'iso-8859-1', 'latin1' => 'iso-8859-1',
    'latin-1' => 'iso-8859-1', 'l1' => 'iso-8859-1', 'iso_8859-1' => 'iso-8859-1',
    'ascii' => 'ascii', 'us-ascii' => 'ascii', 'ansi_x3.4-1968' => 'ascii', 'iso-646-us' => 'ascii',
    'binary' => 'null', 'null' => 'null',
);
my %mime = ('utf-8-strict' => 'UTF-8', 'utf8' => 'UTF-8', 'iso-8859-1' => 'ISO-8859-1', 'ascii' => 'US-ASCII');

sub resolve_alias {
    my ($name) = @_;
    return undef unless defined $name;
    my $key = lc $name;
    $key =~ s/^\s+|\s+$//g;
    return $canonical{$key} if exists $canonical{$key};
    return 'utf-8-strict' if $key eq 'utf_8';
    return undef;
}

sub find_encoding {
    my ($name) = @_;
    my $canon = resolve_alias($name);
    return undef unless defined $canon;
    return bless { name => $canon }, 'Encode::Caravan';
}
sub find_mime_encoding {
    my ($name) = @_;
    for my $canon (keys %mime) { return find_encoding($canon) if lc $mime{$canon} eq lc $name }
    return undef;
}
sub clone_encoding { find_encoding(@_) }
sub encodings { sort { $a cmp $b } qw(ascii iso-8859-1 null utf-8-strict utf8) }
sub perlio_ok { 0 }
sub define_encoding { _croak('Encode::define_encoding is not supported by Caravan') }

sub _lookup {
    my ($name) = @_;
    return $name if ref $name;
    _croak('Encoding name should not be undef') unless defined $name;
    my $enc = find_encoding($name);
    _croak("Unknown encoding '$name'") unless $enc;
    return $enc;
}

sub encode {
    my ($name, $string, $check) = @_;
    return undef unless defined $string;
    my $enc = _lookup($name);
    $check ||= 0;
    my $out = $enc->encode($string, $check);
    $_[1] = $string if $check && !($check & LEAVE_SRC) && !ref $check && $check & RETURN_ON_ERR;
    return $out;
}

sub decode {
    my ($name, $octets, $check) = @_;
    return undef unless defined $octets;
    my $enc = _lookup($name);
    $check ||= 0;
    my $out = $enc->decode($octets, $check);
    $_[1] = $octets if $check && !($check & LEAVE_SRC) && !ref $check && $check & RETURN_ON_ERR;
    return $out;
}

sub encode_utf8 {
    my ($str) = @_;
    return undef unless defined $str;
    utf8::encode($str);
    return $str;
}

sub decode_utf8 {
    my ($octets, $check) = @_;
    return undef unless defined $octets;
    return $octets if utf8::is_utf8($octets);
    return decode('utf8', $octets, $check);
}

sub str2bytes { encode(@_) }
sub bytes2str { decode(@_) }

sub from_to {
    my ($data, $from, $to, $check) = @_;
    my $string = decode($from, $data);
    my $bytes = encode($to, $string, $check);
    return undef unless defined $bytes;
    $_[0] = $bytes;
    return length $bytes;
}

sub is_utf8 {
    my ($str, $check) = @_;
    return 0 unless utf8::is_utf8($str);
    return 1 unless $check;
    my $copy = $str;
    utf8::encode($copy);
    return utf8::decode($copy) ? 1 : 0;
}

sub _utf8_on  { my $s = $_[0]; return undef unless defined $s; utf8::decode($_[0]) if !utf8::is_utf8($_[0]); return 0 }
sub _utf8_off { return undef unless defined $_[0]; utf8::encode($_[0]) if utf8::is_utf8($_[0]); return 1 }
sub utf8_upgrade   { utf8::upgrade($_[0]) }
sub utf8_downgrade { utf8::downgrade($_[0], $_[1]) }
sub is_8bit  { $_[0] =~ /[\x80-\xff]/ ? 1 : 0 }
sub is_16bit { 0 }

package Encode::Caravan;

# Errors are reported at the caller of Encode's functions.
our @CARP_NOT = ('Encode');

sub name      { $_[0]{name} }
sub mime_name { $mime{ $_[0]{name} } }
sub perlio_ok { 0 }
sub renew     { $_[0] }

sub _on_error {
    my ($check, $message, $substitute) = @_;
    if (ref $check eq 'CODE') { return ($check->(@$substitute)) }
    Encode::_croak($message) if $check & Encode::DIE_ON_ERR();
    if ($check & Encode::RETURN_ON_ERR()) {
        if ($check & Encode::WARN_ON_ERR()) { require Carp; Carp::carp($message) }
        return undef;
    }
    return $substitute->[1];
}

sub encode {
    my ($self, $string, $check) = @_;
    $check ||= 0;
    my $name = $self->{name};
    if ($name eq 'utf8' || $name eq 'utf-8-strict') {
        my $copy = "$string";
        utf8::upgrade($copy);
        utf8::encode($copy);
        return $copy;
    }
    return "$string" if $name eq 'null';
    my $limit = $name eq 'ascii' ? 0x7f : 0xff;
    my $out = '';
    my $len = length $string;
    for my $i (0 .. $len - 1) {
        my $c = substr($string, $i, 1);
        my $o = ord $c;
        if ($o <= $limit) { $out .= $c; next }
        my $repl = $check & Encode::PERLQQ() ? sprintf('\x{%04x}', $o)
                 : $check & Encode::HTMLCREF() ? "&#$o;"
                 : $check & Encode::XMLCREF() ? sprintf('&#x%x;', $o)
                 : '?';
        my $got = _on_error($check, sprintf('"\x{%04x}" does not map to %s', $o, $name), [ $o, $repl ]);
        if (!defined $got) {
            $_[1] = substr($string, $i);
            utf8::downgrade($out, 1);
            return $out;
        }
        $out .= $got;
    }
    $_[1] = '' if $check & Encode::RETURN_ON_ERR() && !ref $check;
    utf8::downgrade($out, 1);
    return $out;
}

sub decode {
    my ($self, $octets, $check) = @_;
    $check ||= 0;
    my $name = $self->{name};
    my $bytes = "$octets";
    if (utf8::is_utf8($bytes)) {
        utf8::downgrade($bytes, 1) or utf8::encode($bytes);
    }
    if ($name eq 'null') { return $bytes }
    if ($name eq 'iso-8859-1') {
        utf8::upgrade($bytes);
        $_[1] = '' if $check & Encode::RETURN_ON_ERR() && !ref $check;
        return $bytes;
    }
    my $out = '';
    utf8::upgrade($out);
    my $len = length $bytes;
    my $i = 0;
    my $strict = $name eq 'utf-8-strict';
    my $label = $strict ? 'UTF-8' : $name;
    while ($i < $len) {
        my $b = ord substr($bytes, $i, 1);
        if ($name eq 'ascii') {
            if ($b < 0x80) { $out .= chr $b; $i++; next }
            my $repl = $check & Encode::PERLQQ() ? sprintf('\x%02X', $b) : "\x{fffd}";
            my $got = _on_error($check, sprintf('ascii "\x%02X" does not map to Unicode', $b), [ $b, $repl ]);
            if (!defined $got) { $_[1] = substr($bytes, $i); return $out }
            $out .= $got;
            $i++;
            next;
        }
        if ($b < 0x80) { $out .= chr $b; $i++; next }
        # Sequence lengths of perl's (extended) UTF-8: F8..FF start 5- to 13-byte forms.
        my ($need, $min) = $b >= 0xc0 && $b <= 0xdf ? (1, 0x80)
                         : $b >= 0xe0 && $b <= 0xef ? (2, 0x800)
                         : $b >= 0xf0 && $b <= 0xf7 ? (3, 0x10000)
                         : $b >= 0xf8 && $b <= 0xfb ? (4, 0x200000)
                         : $b >= 0xfc && $b <= 0xfd ? (5, 0x4000000)
                         : $b == 0xfe ? (6, 0x80000000)
                         : $b == 0xff ? (12, 0)
                         : (0, 0);
        my $have = 0;
        while ($have < $need && $i + 1 + $have < $len && (ord(substr($bytes, $i + 1 + $have, 1)) & 0xc0) == 0x80) {
            $have++;
        }
        my $ok = $need > 0 && $have == $need;
        my $cp;
        if ($ok) {
            if ($b >= 0xfe) {
                $ok = 0;    # beyond what a Perl scalar holds here
            }
            else {
                $cp = $b & (0x7f >> ($need + 1));
                $cp = ($cp << 6) | (ord(substr($bytes, $i + $_, 1)) & 0x3f) for 1 .. $need;
                $ok = 0 if $cp < $min;
                $ok = 0 if $strict && ($cp > 0x10ffff || ($cp >= 0xd800 && $cp <= 0xdfff));
            }
        }
        my $used = $need > 0 ? 1 + $have : 1;
        if ($ok) {
            $out .= chr $cp;
            $i += $used;
            next;
        }
        my $seq = substr($bytes, $i, $used);
        my $shown = join '', map { sprintf '\x%02X', ord } split //, $seq;
        my $repl = $check & Encode::PERLQQ() ? $shown
                 : $check & Encode::HTMLCREF() ? join('', map { '&#' . ord($_) . ';' } split //, $seq)
                 : $check & Encode::XMLCREF() ? join('', map { sprintf '&#x%x;', ord } split //, $seq)
                 : "\x{fffd}";
        my $got = _on_error($check, qq{$label "$shown" does not map to Unicode}, [ $seq, $repl ]);
        if (!defined $got) { $_[1] = substr($bytes, $i); return $out }
        $out .= $got;
        $i += $used;
    }
    $_[1] = '' if $check & Encode::RETURN_ON_ERR() && !ref $check;
    return $out;
}

1;
