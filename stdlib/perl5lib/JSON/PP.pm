# Caravan's own JSON::PP: JSON encoding/decoding with JSON::PP's options, number/string
# detection and error messages. JSON true/false decode to JSON::PP::Boolean objects (1 and
# 0 through overloading) unless `boolean_values` says otherwise; the encoder also accepts
# \1 and \0.
package JSON::PP;
use strict;
use warnings;
no warnings 'recursion';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '4.07';
our @EXPORT = qw(encode_json decode_json from_json to_json);

our $true = do { bless \(my $t = 1), 'JSON::PP::Boolean' };
our $false = do { bless \(my $f = 0), 'JSON::PP::Boolean' };

sub true  { $true }
sub false { $false }
sub null  { undef }
sub is_bool { defined Internals::Caravan::blessed($_[0]) ? ($_[0]->isa('JSON::PP::Boolean') ? 1 : '') : undef }

my @flags = qw(ascii latin1 utf8 indent space_before space_after relaxed canonical
    allow_nonref allow_blessed convert_blessed allow_unknown allow_bignum loose escape_slash
    allow_singlequote allow_barekey allow_tags shrink indent_length);

# Decode true/false as JSON::PP::Boolean objects, as the original does.
our $BOOLEAN_OBJECTS = 1;

sub new {
    my $class = shift;
    return bless { allow_nonref => 1, indent_length => 3, max_depth => 512, max_size => 0,
        boolean_values => $BOOLEAN_OBJECTS ? [ $false, $true ] : [ 0, 1 ] }, ref $class || $class;
}

for my $flag (grep { $_ ne 'indent_length' } @flags) {
    no strict 'refs';
    *{$flag} = sub {
        my $self = shift;
        $self->{$flag} = @_ ? ($_[0] ? 1 : 0) : 1;
        return $self;
    };
    *{"get_$flag"} = sub { $_[0]{$flag} ? 1 : '' };
}

sub indent_length { my ($s, $n) = @_; $s->{indent_length} = defined $n ? $n : 3; $s }
sub get_indent_length { $_[0]{indent_length} }
sub max_depth { my ($s, $n) = @_; $s->{max_depth} = defined $n ? $n : 0x80000000; $s }
sub get_max_depth { $_[0]{max_depth} }
sub max_size { my ($s, $n) = @_; $s->{max_size} = defined $n ? $n : 0; $s }
sub get_max_size { $_[0]{max_size} }

sub pretty {
    my ($self, $v) = @_;
    $v = 1 unless defined $v;
    $self->{$_} = $v ? 1 : 0 for qw(indent space_before space_after);
    return $self;
}

sub boolean_values {
    my $self = shift;
    if (@_) {
        $self->{boolean_values} = [@_[0, 1]];
        $self->{custom_booleans} = 1;
    } else {
        $self->{boolean_values} = [$false, $true];
        delete $self->{custom_booleans};
    }
    return $self;
}
sub get_boolean_values { $_[0]{custom_booleans} ? @{ $_[0]{boolean_values} } : () }

# sort_by(CODE) orders object keys with $JSON::PP::a / $JSON::PP::b; a true non-code value
# sorts them like canonical.
sub sort_by { my ($s, $by) = @_; $s->{sort_by} = @_ > 1 ? $by : 1; $s }
sub get_sort_by { $_[0]{sort_by} }

sub filter_json_object { my ($s, $cb) = @_; $s->{filter_object} = $cb; $s }
sub filter_json_single_key_object { my ($s, $k, $cb) = @_; $s->{filter_key}{$k} = $cb; $s }

sub _croak { require Carp; Carp::croak(@_) }

sub encode_json { JSON::PP->new->utf8->encode($_[0]) }
sub decode_json { JSON::PP->new->utf8->decode($_[0]) }
sub to_json {
    my ($data, $opt) = @_;
    my $json = JSON::PP->new;
    $json->$_($opt->{$_}) for grep { $json->can($_) } keys %{ $opt || {} };
    return $json->encode($data);
}
sub from_json {
    my ($text, $opt) = @_;
    my $json = JSON::PP->new;
    $json->$_($opt->{$_}) for grep { $json->can($_) } keys %{ $opt || {} };
    return $json->decode($text);
}

# ---- encoding -------------------------------------------------------------------------

sub encode {
    my ($self, $data) = @_;
    local $self->{depth} = 0;
    if (!ref $data && !$self->{allow_nonref}) {
        _croak('hash- or arrayref expected (not a simple scalar, use allow_nonref to allow this)');
    }
    my $out = $self->_value($data, 0);
    $out .= "\n" if $self->{indent};
    utf8::encode($out) if $self->{utf8};
    return $out;
}

# JSON::PP's rule: a number is a scalar with a numeric value whose string form is that
# number, and which is not a (utf8) character string.
sub _is_number {
    my ($value) = @_;
    return 0 unless Internals::Caravan::sv_flags($value) =~ /[IN]/;
    return 0 if utf8::is_utf8($value);
    no warnings 'numeric';
    return (0 + $value) eq $value ? 1 : 0;
}

my %escape = ("\n" => '\n', "\r" => '\r', "\t" => '\t', "\f" => '\f', "\b" => '\b',
    '"' => '\"', '\\' => '\\\\');

sub _string {
    my ($self, $s) = @_;
    $s =~ s/([\x22\x5c\n\r\t\f\b])/$escape{$1}/g;
    $s =~ s{/}{\\/}g if $self->{escape_slash};
    $s =~ s/([\x00-\x08\x0b\x0e-\x1f])/sprintf('\\u%04x', ord $1)/ge;
    if ($self->{ascii}) {
        $s =~ s/([^\x00-\x7f])/_uescape(ord $1)/ge;
    }
    elsif ($self->{latin1}) {
        $s =~ s/([^\x00-\xff])/_uescape(ord $1)/ge;
    }
    return qq{"$s"};
}

sub _uescape {
    my ($cp) = @_;
    return sprintf('\\u%04x', $cp) if $cp < 0x10000;
    $cp -= 0x10000;
    return sprintf('\\u%04x\\u%04x', 0xd800 + ($cp >> 10), 0xdc00 + ($cp & 0x3ff));
}

sub _value {
    my ($self, $value, $level) = @_;
    return 'null' unless defined $value;
    my $type = ref $value;
    if (!$type) {
        return $value if _is_number($value);
        return $self->_string($value);
    }
    my $class = Internals::Caravan::blessed($value);
    if (defined $class) {
        if ($value->isa('JSON::PP::Boolean')) {
            return $$value == 1 ? 'true' : 'false';
        }
        if ($self->{allow_bignum} && ($value->isa('Math::BigInt') || $value->isa('Math::BigFloat'))) {
            return "$value";
        }
        if ($self->{convert_blessed} && $value->can('TO_JSON')) {
            return $self->_value($value->TO_JSON, $level);
        }
        return 'null' if $self->{allow_blessed};
        _croak("encountered object '$value', but neither allow_blessed, convert_blessed nor allow_tags settings are enabled (or TO_JSON/FREEZE method missing)");
    }
    if ($type eq 'HASH') {
        return $self->_object($value, $level);
    }
    if ($type eq 'ARRAY') {
        return $self->_array($value, $level);
    }
    if ($type eq 'SCALAR' && defined $$value) {
        return 'true' if $$value eq '1';
        return 'false' if $$value eq '0';
        return 'null' if $self->{allow_unknown};
        _croak('cannot encode reference to scalar');
    }
    return 'null' if $self->{allow_unknown};
    if ($type eq 'SCALAR' || $type eq 'REF') {
        _croak('cannot encode reference to scalar');
    }
    _croak("encountered $value, but JSON can only represent references to arrays or hashes");
}

sub _enter_container {
    my ($self) = @_;
    if (++$self->{depth} > $self->{max_depth}) {
        _croak('json text or perl structure exceeds maximum nesting level (max_depth set too low?)');
    }
}

sub _array {
    my ($self, $array, $level) = @_;
    $self->_enter_container;
    my @items = map { $self->_value($_, $level + 1) } @$array;
    $self->{depth}--;
    return '[]' unless @items;
    return '[' . join(',', @items) . ']' unless $self->{indent};
    my $pad = ' ' x ($self->{indent_length} * ($level + 1));
    my $close = ' ' x ($self->{indent_length} * $level);
    return "[\n" . join(",\n", map { $pad . $_ } @items) . "\n$close]";
}

sub _object {
    my ($self, $hash, $level) = @_;
    $self->_enter_container;
    my $by = $self->{sort_by};
    my @keys = ref $by eq 'CODE' ? sort { $by->() } keys %$hash    # $JSON::PP::a and ::b
             : $by || $self->{canonical} ? sort keys %$hash
             : keys %$hash;
    my $colon = ($self->{space_before} ? ' ' : '') . ':' . ($self->{space_after} ? ' ' : '');
    my @items = map { $self->_string($_) . $colon . $self->_value($hash->{$_}, $level + 1) } @keys;
    $self->{depth}--;
    return '{}' unless @items;
    return '{' . join(',', @items) . '}' unless $self->{indent};
    my $pad = ' ' x ($self->{indent_length} * ($level + 1));
    my $close = ' ' x ($self->{indent_length} * $level);
    return "{\n" . join(",\n", map { $pad . $_ } @items) . "\n$close}";
}

# ---- decoding -------------------------------------------------------------------------

# Parser state for one decode call.
our ($text, $at, $len, $depth, $opts);

sub decode {
    my ($self, $json) = @_;
    _croak('malformed JSON string, neither array, object, number, string or atom, at character offset 0 (before "(end of string)")')
        unless defined $json;
    local ($text, $at, $len, $depth, $opts) = ($json, 0, 0, 0, $self);
    if ($self->{max_size} && length($text) > $self->{max_size}) {
        _croak("attempted decode of JSON text of " . length($text) . " bytes size, but max_size is set to $self->{max_size}");
    }
    # Like the original, parse UTF-8 bytes: offsets in messages count bytes.
    if ($self->{utf8}) {
        $text = "$text";
        utf8::downgrade($text, 1) or _croak('Wide character in subroutine entry');
    }
    else {
        $text = "$text";
        utf8::upgrade($text);
        utf8::encode($text);
    }
    $len = length $text;
    _skip_ws();
    my $value = _parse_value();
    _skip_ws();
    if ($at < $len) {
        $at++;
        _decode_error('garbage after JSON object');
    }
    if (!ref $value && !$self->{allow_nonref}) {
        _croak('JSON text must be an object or array (but found number, string, true, false or null, use allow_nonref to allow this)');
    }
    return $value;
}

# ---- incremental parsing: text arrives in pieces; complete values are taken off the front.

sub incr_text : lvalue { $_[0]{incr_text} }
sub incr_reset { $_[0]{incr_text} = undef; return }

sub incr_parse {
    my ($self, $more) = @_;
    $self->{incr_text} = '' unless defined $self->{incr_text};
    $self->{incr_text} .= $more if defined $more;
    return unless defined wantarray;
    if (wantarray) {
        my @values;
        while (defined(my $len = $self->_incr_extent)) {
            push @values, $self->_incr_take($len);
        }
        return @values;
    }
    my $len = $self->_incr_extent;
    return defined $len ? $self->_incr_take($len) : undef;
}

# Drops the text of the value that failed to parse (the buffer's first value).
sub incr_skip {
    my ($self) = @_;
    my $len = $self->_incr_extent;
    substr($self->{incr_text}, 0, defined $len ? $len : length $self->{incr_text}) = '';
    return;
}

sub _incr_take {
    my ($self, $len) = @_;
    my $chunk = substr($self->{incr_text}, 0, $len);
    my $value = $self->decode($chunk);
    substr($self->{incr_text}, 0, $len) = '';
    $self->{incr_text} =~ s/\A[ \t\n\r]+//;
    return $value;
}

# Length of the first complete JSON value in the buffer (leading blanks included), or
# undef while it is incomplete. Strings and nesting are followed; a bare number or word is
# complete once a blank or bracket follows it.
sub _incr_extent {
    my ($self) = @_;
    my $buf = $self->{incr_text};
    return undef unless $buf =~ /\A[ \t\n\r]*(?=\S)/;
    my $start = $+[0];
    pos($buf) = $start;
    my $first = substr($buf, $start, 1);
    if ($first ne '[' && $first ne '{') {
        if ($first eq '"') {
            return $buf =~ /\G"(?:[^"\\]|\\.)*"/gcs ? pos $buf : undef;
        }
        return $buf =~ /\G[^ \t\n\r\[\]{},:]+(?=[ \t\n\r\[\]{},:])/gc ? pos $buf : undef;
    }
    my $depth = 0;
    pos($buf) = $start;
    while ($buf =~ /\G(?:"(?:[^"\\]|\\.)*"|([\[{])|([\]}])|[^"\[\]{}]+)/gcs) {
        if (defined $1) { $depth++ }
        elsif (defined $2) { return pos $buf if --$depth == 0 }
    }
    return undef;
}

sub _unused_first_bad_utf8 {
    my ($bytes) = @_;
    my $pos = 0;
    while ($bytes =~ /\G(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})/gc) {
        $pos = pos $bytes;
    }
    return $pos;
}

sub _decode_error {
    my ($error, $no_rep) = @_;
    my $rest = defined $text ? substr($text, $at) : '';
    my $mess = '';
    for my $c (map { ord } split //, $rest) {
        $mess .= $c == 0x07 ? '\a'
               : $c == 0x09 ? '\t'
               : $c == 0x0a ? '\n'
               : $c == 0x0d ? '\r'
               : $c == 0x0c ? '\f'
               : $c < 0x20 ? sprintf('\x{%x}', $c)
               : $c == 0x5c ? '\\\\'
               : $c < 0x80 ? chr($c)
               : sprintf('\x{%x}', $c);
        if (length $mess >= 20) {
            $mess .= '...';
            last;
        }
    }
    $mess = '(end of string)' unless length $mess;
    _croak($no_rep ? $error : "$error, at character offset $at (before \"$mess\")");
}

sub _skip_ws {
    pos($text) = $at;
    $at += length $1 if $text =~ /\G([ \t\n\r]+)/gc;
    while ($at < $len) {
        my $c = substr($text, $at, 1);
        if ($c eq ' ' || $c eq "\t" || $c eq "\n" || $c eq "\r") {
            $at++;
        }
        elsif ($opts->{relaxed} && $c eq '#') {
            my $nl = index($text, "\n", $at);
            $at = $nl < 0 ? $len : $nl + 1;
        }
        else {
            last;
        }
    }
}

sub _parse_value {
    return _decode_error('malformed JSON string, neither array, object, number, string or atom') if $at >= $len;
    my $c = substr($text, $at, 1);
    return _parse_object() if $c eq '{';
    return _parse_array() if $c eq '[';
    return _parse_string() if $c eq '"' || ($c eq "'" && $opts->{allow_singlequote});
    return _parse_number() if $c eq '-' || $c =~ /[0-9]/;
    return _parse_word('true', $opts->{boolean_values}[1]) if $c eq 't';
    return _parse_word('false', $opts->{boolean_values}[0]) if $c eq 'f';
    return _parse_word('null', undef) if $c eq 'n';
    _decode_error('malformed JSON string, neither array, object, number, string or atom');
}

sub _parse_word {
    my ($word, $value) = @_;
    if (substr($text, $at, length $word) eq $word) {
        $at += length $word;
        return $value;
    }
    _decode_error("'$word' expected");
}

sub _container_depth {
    if (++$depth > $opts->{max_depth}) {
        _decode_error('json text or perl structure exceeds maximum nesting level (max_depth set too low?)');
    }
}

# Offsets in messages follow the original's cursor: usually the offending character's
# index, one past it for errors found after reading it, and the text's length at its end.
sub _parse_array {
    _container_depth();
    $at++;
    my @array;
    _skip_ws();
    if ($at < $len && substr($text, $at, 1) eq ']') {
        $at++;
        $depth--;
        return \@array;
    }
    while (1) {
        _decode_error(', or ] expected while parsing array') if $at >= $len;
        push @array, _parse_value();
        _skip_ws();
        my $c = $at < $len ? substr($text, $at, 1) : '';
        if ($c eq ']') { $at++; last }
        _decode_error(', or ] expected while parsing array') unless $c eq ',';
        $at++;
        _skip_ws();
        if ($opts->{relaxed} && $at < $len && substr($text, $at, 1) eq ']') {
            $at++;
            last;
        }
    }
    $depth--;
    return \@array;
}

sub _parse_object {
    _container_depth();
    $at++;
    my %hash;
    _skip_ws();
    if ($at < $len && substr($text, $at, 1) eq '}') {
        $at++;
        $depth--;
        return _object_hook(\%hash);
    }
    while (1) {
        my $key;
        _decode_error(', or } expected while parsing object/hash') if $at >= $len;
        my $c = substr($text, $at, 1);
        if ($c eq '"' || ($c eq "'" && $opts->{allow_singlequote})) {
            $key = _parse_string();
        }
        elsif ($opts->{allow_barekey} && $c =~ /[\w\$]/) {
            $text =~ /\G([\w\$]+)/gc;
            pos($text) = $at;
            ($key) = substr($text, $at) =~ /\A([\w\$]+)/;
            $at += length $key;
        }
        else {
            $at++ if $at < $len;
            $at = $len + 0 if $at > $len;
            _decode_error('unexpected end of string while parsing JSON string');
        }
        _skip_ws();
        if ($at >= $len || substr($text, $at, 1) ne ':') {
            $at = $len - 1 if $at >= $len;
            _decode_error("':' expected");
        }
        $at++;
        _skip_ws();
        _decode_error(', or } expected while parsing object/hash') if $at >= $len;
        $hash{$key} = _parse_value();
        _skip_ws();
        $c = $at < $len ? substr($text, $at, 1) : '';
        if ($c eq '}') { $at++; last }
        _decode_error(', or } expected while parsing object/hash') unless $c eq ',';
        $at++;
        _skip_ws();
        if ($opts->{relaxed} && $at < $len && substr($text, $at, 1) eq '}') {
            $at++;
            last;
        }
    }
    $depth--;
    return _object_hook(\%hash);
}

sub _object_hook {
    my ($hash) = @_;
    if ($opts->{filter_key} && keys %$hash == 1) {
        my ($k) = keys %$hash;
        if (my $cb = $opts->{filter_key}{$k}) {
            my @r = $cb->($hash->{$k});
            return $r[0] if @r == 1;
        }
    }
    if ($opts->{filter_object}) {
        my @r = $opts->{filter_object}->($hash);
        return $r[0] if @r == 1;
    }
    return $hash;
}

my %unescape = ('"' => '"', '\\' => '\\', '/' => '/', b => "\b", f => "\f", n => "\n", r => "\r", t => "\t");

sub _parse_string {
    my $quote = substr($text, $at, 1);
    $at++;
    my $s = '';
    my $high;    # a pending UTF-16 high surrogate from a \u escape
    while ($at < $len) {
        pos($text) = $at;
        if ($text =~ /\G([^"'\\\x00-\x1f\x80-\xff]+)/gc) {    # a run of plain characters
            $s .= $1;
            $at += length $1;
            next;
        }
        my $c = substr($text, $at, 1);
        if ($c eq $quote) {
            $at++;
            _decode_error('missing low surrogate character in surrogate pair') if defined $high;
            utf8::decode($s);
            return $s;
        }
        if ($c eq '\\') {
            my $e = substr($text, $at + 1, 1);
            if (exists $unescape{$e} || ($e eq "'" && $quote eq "'")) {
                $s .= $e eq "'" ? "'" : $unescape{$e};
                $at += 2;
                next;
            }
            if ($e eq 'u') {
                $at += 2;
                my $hex = '';
                while (length $hex < 4) {
                    if ($at >= $len) {
                        _decode_error('unexpected end of string while parsing JSON string');
                    }
                    my $h = substr($text, $at++, 1);
                    _decode_error('unexpected end of string while parsing JSON string') if $h !~ /[0-9a-fA-F]/;
                    $hex .= $h;
                }
                my $cp = hex $hex;
                if ($cp >= 0xd800 && $cp <= 0xdbff) {
                    $high = $cp;
                    next;
                }
                if ($cp >= 0xdc00 && $cp <= 0xdfff) {
                    _decode_error('missing high surrogate character in surrogate pair') unless defined $high;
                    $cp = 0x10000 + (($high - 0xd800) << 10) + ($cp - 0xdc00);
                    $high = undef;
                }
                elsif (defined $high) {
                    _decode_error('surrogate pair expected');
                }
                my $char = chr $cp;
                utf8::encode($char);
                $s .= $char;
                next;
            }
            $at-- if $at + 1 >= $len;    # a final backslash: the original's cursor is one short
            _decode_error('illegal backslash escape sequence in string');
        }
        if (ord($c) < 0x20 && !$opts->{loose}) {
            _decode_error('invalid character encountered while parsing JSON string');
        }
        if (ord($c) >= 0x80) {
            my $rest = substr($text, $at, 4);
            if ($rest =~ /\A([\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xef][\x80-\xbf]{2}|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})/) {
                $s .= $1;
                $at += length $1;
                next;
            }
            _decode_error('malformed UTF-8 character in JSON string');
        }
        $s .= $c;
        $at++;
    }
    _decode_error('unexpected end of string while parsing JSON string');
}

sub _parse_number {
    my $start = $at;
    my ($is_dec, $is_exp) = (0, 0);
    my $next = sub { $at < $len ? substr($text, $at, 1) : '' };
    $at++ if $next->() eq '-';
    my $c = $next->();
    if ($c eq '0') {
        $at++;
        _decode_error('malformed number (leading zero must not be followed by another digit)') if $next->() =~ /[0-9]/;
    }
    elsif ($c =~ /[1-9]/) {
        $at++ while $next->() =~ /[0-9]/;
    }
    else {
        $at++ if $at < $len;
        _decode_error('malformed number (no digits after initial minus)');
    }
    if ($next->() eq '.') {
        $at++;
        if ($next->() !~ /[0-9]/) {
            $at++ if $at < $len;
            _decode_error('malformed number (no digits after decimal point)');
        }
        $at++ while $next->() =~ /[0-9]/;
        $is_dec = 1;
    }
    if ($next->() =~ /[eE]/) {
        $at++;
        $at++ if $next->() =~ /[-+]/;
        if ($next->() !~ /[0-9]/) {
            $at++ if $at < $len;
            _decode_error('malformed number (no digits after exp sign)');
        }
        $at++ while $next->() =~ /[0-9]/;
        $is_exp = 1;
    }
    my $v = substr($text, $start, $at - $start);
    if (!$is_dec && !$is_exp) {
        if (length($v) > 18) {
            return "$v" unless $opts->{allow_bignum};
            require Math::BigInt;
            return Math::BigInt->new($v);
        }
        return 0 + $v;
    }
    if ($opts->{allow_bignum}) {
        require Math::BigFloat;
        return Math::BigFloat->new($v);
    }
    return $is_dec ? $v / 1.0 : 0 + $v;
}

package JSON::PP::Boolean;

use overload (
    '0+'     => sub { ${ $_[0] } },
    '++'     => sub { $_[0] = ${ $_[0] } + 1 },
    '--'     => sub { $_[0] = ${ $_[0] } - 1 },
    fallback => 1,
);

sub TO_JSON { ${ $_[0] } ? $JSON::PP::true : $JSON::PP::false }

1;
