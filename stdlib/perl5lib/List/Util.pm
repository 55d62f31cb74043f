# Caravan's own List::Util: list reductions and searches written in plain Perl. Blocks see
# $_ (aliased to each element) or the caller package's $a and $b, as with the XS original.
package List::Util;
use strict;
use warnings;
no strict 'refs';
no warnings 'once';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.62';
our $XS_VERSION = $VERSION;
our $RAND;
our @EXPORT_OK = qw(
    all any first head max maxstr mesh mesh_longest mesh_shortest min minstr none notall
    pairfirst pairgrep pairkeys pairmap pairs pairvalues product reduce reductions sample
    shuffle sum sum0 tail uniq uniqint uniqnum uniqstr unpairs zip zip_longest zip_shortest
);


sub reduce (&@) {
    my $code = shift;
    return undef unless @_;
    my $pkg = caller;
    local (*{"${pkg}::a"}, *{"${pkg}::b"});
    my $acc = shift;
    for my $i (0 .. $#_) {
        *{"${pkg}::a"} = \$acc;
        *{"${pkg}::b"} = \$_[$i];
        $acc = $code->();
    }
    return $acc;
}

sub reductions (&@) {
    my $code = shift;
    return () unless @_;
    my $pkg = caller;
    local (*{"${pkg}::a"}, *{"${pkg}::b"});
    my $acc = shift;
    my @out = ($acc);
    for my $i (0 .. $#_) {
        *{"${pkg}::a"} = \$acc;
        *{"${pkg}::b"} = \$_[$i];
        $acc = $code->();
        push @out, $acc;
    }
    return @out;
}

sub first (&@) {
    my $code = shift;
    for (@_) { return $_ if $code->() }
    return undef;
}

sub any (&@) {
    my $code = shift;
    for (@_) { return !!1 if $code->() }
    return !!0;
}

sub all (&@) {
    my $code = shift;
    for (@_) { return !!0 unless $code->() }
    return !!1;
}

sub none (&@) {
    my $code = shift;
    for (@_) { return !!0 if $code->() }
    return !!1;
}

sub notall (&@) {
    my $code = shift;
    for (@_) { return !!1 unless $code->() }
    return !!0;
}

# How perl shows a non-numeric string in "isn't numeric" warnings.
sub _display {
    my ($v) = @_;
    if (utf8::is_utf8($v)) {
        my $out = join '', map { my $o = ord; $o > 255 || ($o >= 0x7f) || $o < 0x20 ? sprintf('\\x{%x}', $o) : $_ } split //, substr($v, 0, 32);
        return length($v) > 32 ? "$out..." : $out;
    }
    my $out = '';
    my $i = 0;
    for my $ch (map { ord } split //, $v) {
        last if length($out) >= 56;
        $i++;
        if ($ch > 127) { $out .= 'M-'; $ch &= 127 }
        $out .= $ch == 10 ? '\\n' : $ch == 13 ? '\\r' : $ch == 12 ? '\\f' : $ch == 92 ? '\\\\' : $ch == 0 ? '\\0'
              : ($ch >= 32 && $ch < 127) ? chr($ch) : '^' . chr($ch ^ 64);
    }
    $out .= '...' if $i < length $v;
    return $out;
}

# The numeric value of an argument, warning like the XS original when it is not a number.
sub _num {
    my ($v) = @_;
    if (!defined $v) {
        if (warnings::enabled('uninitialized')) {
            require Carp;
            Carp::carp('Use of uninitialized value in subroutine entry');
        }
        return 0;
    }
    return $v if ref $v;
    if (!Internals::Caravan::looks_like_number($v) && warnings::enabled('numeric')) {
        require Carp;
        Carp::carp('Argument "' . _display($v) . q{" isn't numeric in subroutine entry});
    }
    no warnings 'numeric';
    return $v + 0;
}

# Like the XS original, sums and products stay integers while every argument holds an integer
# value; any other argument turns the result into a floating value.
sub _as_nv { unpack('d', pack('d', $_[0])) }

sub _accumulate {
    my ($start, $is_product, @values) = @_;
    my $acc = $start;
    my $int = 1;
    for my $v (@values) {
        my $n = _num($v);
        if ($int && !ref $v && defined $v && Internals::Caravan::sv_flags($v) =~ /^I/ && Internals::Caravan::sv_flags($v) !~ /N/) {
            my $r = $is_product ? $acc * $n : $acc + $n;
            if (Internals::Caravan::sv_flags($r) =~ /I/ || ($r == int($r) && abs($r) < 9.2e18)) {
                $acc = $r;
                next;
            }
        }
        $int = 0;
        $acc = $is_product ? $acc * $n : $acc + $n;
    }
    return $int ? $acc : _as_nv($acc);
}

sub sum (@) {
    return undef unless @_;
    return _accumulate(0, 0, @_);
}

sub sum0 (@) {
    return _accumulate(0, 0, @_);
}

sub product (@) {
    return _accumulate(1, 1, @_);
}

sub min (@) {
    return undef unless @_;
    my $m = shift;
    my $mv = _num($m);
    for (@_) { my $v = _num($_); ($m, $mv) = ($_, $v) if $v < $mv }
    return $m;
}

sub max (@) {
    return undef unless @_;
    my $m = shift;
    my $mv = _num($m);
    # Like the XS original: a later value wins unless it is smaller (ties and NaN included).
    for (@_) { my $v = _num($_); ($m, $mv) = ($_, $v) unless $v < $mv }
    return $m;
}

sub minstr (@) {
    return undef unless @_;
    my $m = shift;
    for (@_) { $m = $_ if $_ lt $m }
    return $m;
}

sub maxstr (@) {
    return undef unless @_;
    my $m = shift;
    for (@_) { $m = $_ if $_ gt $m }
    return $m;
}

sub shuffle (@) {
    my @list = @_;
    my $i = @list;
    while ($i > 1) {
        my $j = int(($RAND ? $RAND->() : rand()) * $i--);
        @list[$j, $i] = @list[$i, $j];
    }
    return @list;
}

sub sample ($@) {
    my ($n, @list) = @_;
    return () unless @list;
    unshift @list, pop @list;    # the XS original works on this rotation of the list
    $n = @list if $n > @list;
    for my $taken (0 .. $n - 1) {
        my $j = $taken + int(($RAND ? $RAND->() : rand()) * (@list - $taken));
        @list[$taken, $j] = @list[$j, $taken];
    }
    return @list[0 .. $n - 1];
}

# The XS original warns like this when an undef reaches a string or number comparison.
sub _defined_or_warn {
    my ($v, $default) = @_;
    return $v if defined $v;
    if (warnings::enabled('uninitialized')) {
        require Carp;
        Carp::carp('Use of uninitialized value in subroutine entry');
    }
    return $default;
}

sub uniq (@) {
    return wantarray ? @_ : 1 if @_ == 1 && defined $_[0];    # the XS shortcut
    my %seen;
    my $undef_seen = 0;
    my @out = grep { defined $_ ? !$seen{$_}++ : !$undef_seen++ } @_;
    return wantarray ? @out : scalar @out;
}

sub uniqstr (@) {
    return wantarray ? @_ : 1 if @_ == 1 && defined $_[0];    # the XS shortcut
    my %seen;
    my @out;
    for (@_) {
        my $v = _defined_or_warn($_, '');
        push @out, $v unless $seen{$v}++;
    }
    return wantarray ? @out : scalar @out;
}

# A key under which numerically equal values collide.
sub _num_key {
    my ($v) = @_;
    no warnings;
    my $n = $v + 0;
    return 'nan' if $n != $n;
    return '0' if $n == 0;
    return sprintf('%.0f', $n) if $n == int($n) && abs($n) < 1e15;
    return "$n" =~ /^-?\d+$/ ? "$n" : sprintf('%.17g', $n);
}

sub uniqnum (@) {
    return wantarray ? @_ : 1 if @_ == 1 && defined $_[0];    # the XS shortcut
    my %seen;
    my @out;
    for (@_) {
        my $v = _defined_or_warn($_, 0);
        push @out, $v unless $seen{ _num_key($v) }++;
    }
    return wantarray ? @out : scalar @out;
}

sub uniqint (@) {
    return wantarray ? @_ : 1 if @_ == 1 && defined $_[0];    # the XS shortcut
    my %seen;
    my @out;
    for (@_) {
        no warnings;
        my $v = _defined_or_warn($_, 0);
        my $i = int($v);
        push @out, $i unless $seen{ _num_key($i) }++;
    }
    return wantarray ? @out : scalar @out;
}

sub _odd_warning {
    my ($name, $count) = @_;
    if ($count % 2) {
        require Carp;
        Carp::carp("Odd number of elements in $name") if warnings::enabled('misc');
    }
}

sub pairs (@) {
    _odd_warning('pairs', scalar @_);
    my @out;
    for (my $i = 0; $i < @_; $i += 2) {
        push @out, bless [ $_[$i], $_[$i + 1] ], 'List::Util::_Pair';
    }
    return @out;
}

sub unpairs (@) {
    my @out;
    for my $p (@_) {
        my @p = @$p;
        push @out, @p > 1 ? @p[0, 1] : (@p, undef);
    }
    return @out;
}

sub pairkeys (@) {
    _odd_warning('pairkeys', scalar @_);
    my @out;
    for (my $i = 0; $i < @_; $i += 2) { push @out, $_[$i] }
    return @out;
}

sub pairvalues (@) {
    _odd_warning('pairvalues', scalar @_);
    my @out;
    for (my $i = 0; $i < @_; $i += 2) { push @out, $_[$i + 1] }
    return @out;
}

sub pairmap (&@) {
    my $code = shift;
    _odd_warning('pairmap', scalar @_);
    my $pkg = caller;
    local (*{"${pkg}::a"}, *{"${pkg}::b"});
    my @out;
    for (my $i = 0; $i < @_; $i += 2) {
        *{"${pkg}::a"} = \$_[$i];
        *{"${pkg}::b"} = $i + 1 < @_ ? \$_[$i + 1] : \undef;
        push @out, $code->();
    }
    return wantarray ? @out : scalar @out;
}

sub pairgrep (&@) {
    my $code = shift;
    _odd_warning('pairgrep', scalar @_);
    my $pkg = caller;
    local (*{"${pkg}::a"}, *{"${pkg}::b"});
    my @out;
    for (my $i = 0; $i < @_; $i += 2) {
        *{"${pkg}::a"} = \$_[$i];
        *{"${pkg}::b"} = $i + 1 < @_ ? \$_[$i + 1] : \undef;
        push @out, $_[$i], $_[$i + 1] if $code->();
    }
    return wantarray ? @out : @out / 2;
}

sub pairfirst (&@) {
    my $code = shift;
    _odd_warning('pairfirst', scalar @_);
    my $pkg = caller;
    local (*{"${pkg}::a"}, *{"${pkg}::b"});
    for (my $i = 0; $i < @_; $i += 2) {
        *{"${pkg}::a"} = \$_[$i];
        *{"${pkg}::b"} = $i + 1 < @_ ? \$_[$i + 1] : \undef;
        return wantarray ? ($_[$i], $_[$i + 1]) : !!1 if $code->();
    }
    return wantarray ? () : undef;
}

sub head ($@) {
    my $size = shift;
    $size = @_ + $size if $size < 0;
    $size = 0 if $size < 0;
    $size = @_ if $size > @_;
    return @_[0 .. $size - 1];
}

sub tail ($@) {
    my $size = shift;
    $size = @_ + $size if $size < 0;
    $size = 0 if $size < 0;
    $size = @_ if $size > @_;
    return @_[@_ - $size .. $#_];
}

sub _zip_len {
    my ($mode, @arrays) = @_;
    my @lens = map { scalar @$_ } @arrays;
    my $len = 0;
    if ($mode eq 'shortest') {
        $len = @lens ? $lens[0] : 0;
        for (@lens) { $len = $_ if $_ < $len }
    }
    else {
        for (@lens) { $len = $_ if $_ > $len }
    }
    return $len;
}

sub _zip {
    my ($mode, @arrays) = @_;
    my $len = _zip_len($mode, @arrays);
    return map { my $i = $_; [ map { $_->[$i] } @arrays ] } 0 .. $len - 1;
}

sub _mesh {
    my ($mode, @arrays) = @_;
    my $len = _zip_len($mode, @arrays);
    return map { my $i = $_; map { $_->[$i] } @arrays } 0 .. $len - 1;
}

sub zip           { _zip('longest', @_) }
sub zip_longest   { _zip('longest', @_) }
sub zip_shortest  { _zip('shortest', @_) }
sub mesh          { _mesh('longest', @_) }
sub mesh_longest  { _mesh('longest', @_) }
sub mesh_shortest { _mesh('shortest', @_) }

package List::Util::_Pair;

sub key     { $_[0][0] }
sub value   { $_[0][1] }
sub TO_JSON { [ @{ $_[0] } ] }

1;
