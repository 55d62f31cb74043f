# Caravan's own Storable: dclone (deep copy keeping blessings, shared and circular
# references) and freeze/thaw/store/retrieve in a format of Caravan's own (it only needs to
# round-trip within Caravan; it is not perl's Storable file format).
package Storable;
use strict;
use warnings;
no warnings 'recursion';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '3.26';
our @EXPORT = qw(store retrieve);
our @EXPORT_OK = qw(nstore store_fd nstore_fd fd_retrieve freeze nfreeze thaw dclone
    retrieve_fd lock_store lock_nstore lock_retrieve file_magic read_magic BLESS_OK TIE_OK
    FLAGS_COMPAT stack_depth stack_depth_hash);

sub BLESS_OK () { 2 }
sub TIE_OK () { 4 }
sub FLAGS_COMPAT () { 6 }
our ($recursion_limit, $recursion_limit_hash) = (-1, -1);
sub stack_depth      { $recursion_limit }
sub stack_depth_hash { $recursion_limit_hash }
sub file_magic { undef }
sub read_magic { undef }
our ($canonical, $Deparse, $Eval, $forgive_me) = (0, 0, 0, 0);

my $MAGIC = "CARAVAN-STORABLE 1\n";

sub _croak { require Carp; Carp::croak(@_) }

sub _type  { Internals::Caravan::reftype($_[0]) }
sub _class { Internals::Caravan::blessed($_[0]) }
sub _addr  { Internals::Caravan::refaddr($_[0]) }

# ---- dclone ----------------------------------------------------------------------------

sub dclone {
    my ($data) = @_;
    _croak('Not a reference') unless ref $data;
    my %seen;
    return _clone($data, \%seen);
}

sub _clone {
    my ($ref, $seen) = @_;
    my $addr = _addr($ref);
    return $seen->{$addr} if exists $seen->{$addr};
    my $type = _type($ref);
    my $class = _class($ref);
    my $copy;
    if ($type eq 'HASH') {
        $copy = {};
        $seen->{$addr} = $copy;
        for my $k (keys %$ref) {
            $copy->{$k} = ref $ref->{$k} ? _clone($ref->{$k}, $seen) : $ref->{$k};
        }
    }
    elsif ($type eq 'ARRAY') {
        $copy = [];
        $seen->{$addr} = $copy;
        for my $i (0 .. $#$ref) {
            $copy->[$i] = ref $ref->[$i] ? _clone($ref->[$i], $seen) : $ref->[$i];
        }
    }
    elsif ($type eq 'SCALAR' || $type eq 'VSTRING' || $type eq 'LVALUE') {
        my $value = $$ref;
        $copy = \$value;
        $seen->{$addr} = $copy;
    }
    elsif ($type eq 'REF') {
        my $value;
        $copy = \$value;
        $seen->{$addr} = $copy;
        $value = _clone($$ref, $seen);
    }
    elsif ($type eq 'REGEXP') {
        $copy = $ref;
        $seen->{$addr} = $copy;
        return $copy;
    }
    elsif ($type eq 'CODE') {
        _croak("Can't store CODE items");
    }
    else {
        _croak("Can't store item $type($ref)");
    }
    bless $copy, $class if defined $class;
    return $copy;
}

# ---- serialisation ---------------------------------------------------------------------
# Stream of items: 'U' undef; 'I<len>:<digits>' / 'F<len>:<num>' numbers; 'S<len>:<bytes>'
# byte string; 'W<len>:<utf8 bytes>' character string; 'A<n>:' array of n items;
# 'H<n>:' hash of n (key string, value) pairs; 'R' reference to the next item; 'B<len>:<class>'
# blesses the next (reference) item; 'P<n>:' the n-th reference already emitted.

sub _emit_string {
    my ($s) = @_;
    if (utf8::is_utf8($s)) {
        utf8::encode($s);
        return 'W' . length($s) . ":$s";
    }
    return 'S' . length($s) . ":$s";
}

sub _emit_scalar {
    my ($v) = @_;
    return 'U' unless defined $v;
    my $flags = Internals::Caravan::sv_flags($v);
    if ($flags !~ /P/ && $flags =~ /I/) { my $s = "$v"; return 'I' . length($s) . ":$s" }
    if ($flags !~ /P/ && $flags =~ /N/) { my $s = sprintf('%.17g', $v); return 'F' . length($s) . ":$s" }
    return _emit_string($v);
}

sub _emit_ref {
    my ($ref, $state) = @_;
    my $addr = _addr($ref);
    if (exists $state->{ids}{$addr}) {
        return 'P' . $state->{ids}{$addr} . ':';
    }
    $state->{ids}{$addr} = $state->{next}++;
    my $type = _type($ref);
    my $class = _class($ref);
    my $out = defined $class ? 'B' . length($class) . ":$class" : '';
    if ($type eq 'HASH') {
        my @keys = $canonical ? sort keys %$ref : keys %$ref;
        $out .= 'H' . scalar(@keys) . ':';
        $out .= _emit_string($_) . _emit_value($ref->{$_}, $state) for @keys;
    }
    elsif ($type eq 'ARRAY') {
        $out .= 'A' . scalar(@$ref) . ':';
        $out .= _emit_value($_, $state) for @$ref;
    }
    elsif ($type eq 'SCALAR' || $type eq 'REF' || $type eq 'VSTRING' || $type eq 'LVALUE') {
        $out .= 'R' . _emit_value($$ref, $state);
    }
    elsif ($type eq 'REGEXP') {
        $out .= 'Q' . _emit_string("$ref");
    }
    elsif ($type eq 'CODE') {
        _croak("Can't store CODE items");
    }
    else {
        _croak("Can't store item $type($ref)");
    }
    return $out;
}

sub _emit_value {
    my ($v, $state) = @_;
    return ref $v ? 'r' . _emit_ref($v, $state) : _emit_scalar($v);
}

sub freeze {
    my ($data) = @_;
    _croak('Not a reference') unless ref $data;
    return $MAGIC . _emit_ref($data, { ids => {}, next => 0 });
}
*nfreeze = \&freeze;

sub _read_counted {
    my ($in) = @_;
    $in->{buf} =~ /\G(\d+):/gc or _croak('Storable: corrupt data');
    my $n = $1;
    my $s = substr($in->{buf}, pos($in->{buf}), $n);
    pos($in->{buf}) += $n;
    return $s;
}

sub _read_number {
    my ($in) = @_;
    $in->{buf} =~ /\G(\d+):/gc or _croak('Storable: corrupt data');
    return $1;
}

sub _read_value {
    my ($in) = @_;
    $in->{buf} =~ /\G(.)/gcs or _croak('Storable: corrupt data (truncated)');
    my $tag = $1;
    return undef if $tag eq 'U';
    return 0 + _read_counted($in) if $tag eq 'I' || $tag eq 'F';
    return _read_counted($in) if $tag eq 'S';
    if ($tag eq 'W') { my $s = _read_counted($in); utf8::decode($s); return $s }
    return _read_ref($in) if $tag eq 'r';
    _croak("Storable: corrupt data (unknown tag '$tag')");
}

sub _read_ref {
    my ($in) = @_;
    $in->{buf} =~ /\G(.)/gcs or _croak('Storable: corrupt data (truncated)');
    my $tag = $1;
    if ($tag eq 'P') {
        my $id = _read_number($in);
        return $in->{refs}[$id];
    }
    my $class;
    if ($tag eq 'B') {
        $class = _read_counted($in);
        $in->{buf} =~ /\G(.)/gcs or _croak('Storable: corrupt data (truncated)');
        $tag = $1;
    }
    my $id = scalar @{ $in->{refs} };
    my $ref;
    if ($tag eq 'H') {
        my $n = _read_number($in);
        $ref = {};
        $in->{refs}[$id] = $ref;
        for (1 .. $n) {
            my $k = _read_value($in);
            $ref->{$k} = _read_value($in);
        }
    }
    elsif ($tag eq 'A') {
        my $n = _read_number($in);
        $ref = [];
        $in->{refs}[$id] = $ref;
        push @$ref, _read_value($in) for 1 .. $n;
    }
    elsif ($tag eq 'R') {
        my $value;
        $ref = \$value;
        $in->{refs}[$id] = $ref;
        $value = _read_value($in);
    }
    elsif ($tag eq 'Q') {
        my $src = _read_value($in);
        $ref = qr/$src/;
        $in->{refs}[$id] = $ref;
    }
    else {
        _croak("Storable: corrupt data (unknown tag '$tag')");
    }
    bless $ref, $class if defined $class;
    return $ref;
}

sub thaw {
    my ($frozen) = @_;
    return undef unless defined $frozen && substr($frozen, 0, length $MAGIC) eq $MAGIC;
    my $in = { buf => $frozen, refs => [] };
    pos($in->{buf}) = length $MAGIC;
    return _read_ref($in);
}

sub _write_file {
    my ($data, $file) = @_;
    _croak('Not a reference') unless ref $data;
    my $frozen = freeze($data);
    open(my $fh, '>', $file) or _croak("can't create $file: $!");
    binmode $fh;
    print {$fh} $frozen or _croak("can't write into $file: $!");
    close $fh or _croak("can't close $file: $!");
    return 1;
}

sub store       { _write_file(@_) }
sub nstore      { _write_file(@_) }
sub lock_store  { _write_file(@_) }
sub lock_nstore { _write_file(@_) }

sub retrieve {
    my ($file) = @_;
    open(my $fh, '<', $file) or _croak("can't open $file: $!");
    binmode $fh;
    local $/;
    my $frozen = <$fh>;
    close $fh;
    my $data = thaw($frozen);
    _croak("File is not a perl storable") unless defined $data;
    return $data;
}
*lock_retrieve = \&retrieve;

sub store_fd {
    my ($data, $fh) = @_;
    my $frozen = freeze($data);
    print {$fh} length($frozen), "\n", $frozen;
    return 1;
}
*nstore_fd = \&store_fd;

sub fd_retrieve {
    my ($fh) = @_;
    my $n = readline $fh;
    return undef unless defined $n;
    chomp $n;
    read($fh, my $frozen, $n) == $n or _croak('Storable: truncated data');
    return thaw($frozen);
}
*retrieve_fd = \&fd_retrieve;

1;
