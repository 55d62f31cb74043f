# Caravan's own Data::Dumper: stringifies data structures as Perl code, byte-identical to
# the XS Data::Dumper that perl uses by default. The XS original decides "bare number or
# quoted string" from the scalar's flags, so that is asked of Internals::Caravan::sv_flags.
package Data::Dumper;
use strict;
use warnings;
no warnings 'recursion';

require Exporter;
our @ISA = ('Exporter');
our @EXPORT = ('Dumper');
our @EXPORT_OK = qw(DumperX);
our $VERSION = '2.184';

our $Indent = 2;
our $Trailingcomma = 0;
our $Purity = 0;
our $Pad = '';
our $Varname = 'VAR';
our $Useqq = 0;
our $Terse = 0;
our $Freezer = '';
our $Toaster = '';
our $Deepcopy = 0;
our $Quotekeys = 1;
our $Bless = 'bless';
our $Pair = ' => ';
our $Maxdepth = 0;
our $Maxrecurse = 1000;
our $Useperl = 0;
our $Sortkeys = 0;
our $Deparse = 0;
our $Sparseseen = 0;

sub new {
    my ($class, $values, $names) = @_;
    if (!defined $values || ref $values ne 'ARRAY') {
        require Carp;
        Carp::croak('Usage:  PACKAGE->new(ARRAYREF, [ARRAYREF])');
    }
    my $self = {
        level => 0, indent => $Indent, trailingcomma => $Trailingcomma, pad => $Pad,
        apad => '', sep => '', pair => $Pair, varname => $Varname, purity => $Purity,
        useqq => $Useqq, terse => $Terse, freezer => $Freezer, toaster => $Toaster,
        deepcopy => $Deepcopy, quotekeys => $Quotekeys, bless => $Bless, maxdepth => $Maxdepth,
        maxrecurse => $Maxrecurse, useperl => $Useperl, sortkeys => $Sortkeys,
        deparse => $Deparse, sparseseen => $Sparseseen,
        todump => [@$values], names => $names ? [@$names] : [], seen => {},
    };
    $self->{xpad} = $Indent > 0 ? '  ' : '';
    $self->{sep} = $Indent > 0 ? "\n" : '';
    return bless $self, $class;
}

sub Dumper  { Data::Dumper->Dump([@_]) }
sub DumperX { Data::Dumper->Dump([@_]) }

sub Dump {
    my $self = shift;
    $self = $self->new(@_) unless ref $self;
    my @out;
    my @values = @{ $self->{todump} };
    for my $i (0 .. $#values) {
        my $val = $values[$i];
        my $name = $self->{names}[$i];
        $name = '$' . $self->{varname} . ($i + 1) unless defined $name;
        if ($name =~ /^[*](.*)$/) {
            my $bare = $1;
            my $type = defined $val ? ref $val : '';
            $name = $type eq 'ARRAY' ? "\@$bare" : $type eq 'HASH' ? "\%$bare"
                  : $type eq 'CODE' ? "\*$bare" : "\$$bare";
        }
        elsif ($name !~ /^\$/) {
            $name = '$' . $name;
        }
        local $self->{apad} = $self->{apad};
        $self->{apad} .= ' ' x (length($name) + 3) if $self->{indent} >= 2 && !$self->{terse};
        local $self->{post} = [];
        local $self->{level} = 0;
        my $valstr = $self->_dump($val, $name);
        $valstr = "$name = " . $valstr . ';' if @{ $self->{post} } || !$self->{terse};
        my $out = $self->{pad} . $valstr . $self->{sep};
        if (@{ $self->{post} }) {
            $out .= $self->{pad} . join(';' . $self->{sep} . $self->{pad}, @{ $self->{post} })
                . ';' . $self->{sep};
        }
        push @out, $out;
    }
    return wantarray ? @out : join('', @out);
}

*Dumpxs = \&Dump;
*Dumpperl = \&Dump;

sub _refaddr { Internals::Caravan::refaddr($_[0]) }

# A decimal integer that can be printed bare (perl's own rule for "safe" numbers).
sub _safe_decimal { defined $_[0] && $_[0] =~ /\A(?:0|-?[1-9][0-9]{0,8})\z/ }

# Single-quoted literal: only \ and ' need escaping.
sub _quote {
    my ($s) = @_;
    $s =~ s/([\\'])/\\$1/g;
    return "'$s'";
}

# Double-quoted literal for a string with wide characters when Useqq is off: only \ " $ @
# and characters above 0x7f are escaped.
sub _quote_wide {
    my ($s) = @_;
    $s =~ s/([\\"\$\@])/\\$1/g;
    $s =~ s/([^\x00-\x7f])/sprintf('\\x{%x}', ord($1))/ge;
    return qq{"$s"};
}

my %esc = ("\n" => '\n', "\t" => '\t', "\r" => '\r', "\f" => '\f', "\b" => '\b',
    "\a" => '\a', "\e" => '\e', '"' => '\"', '\\' => '\\\\', '$' => '\$', '@' => '\@');

sub qquote {
    my ($s) = @_;
    my $wide = utf8::is_utf8($s);
    my $out = '';
    my $len = length $s;
    for my $i (0 .. $len - 1) {
        my $c = substr($s, $i, 1);
        my $o = ord $c;
        if (exists $esc{$c}) {
            $out .= $esc{$c};
        }
        elsif ($o >= 0x20 && $o < 0x7f) {
            $out .= $c;
        }
        elsif ($wide && $o > 0x7f) {
            $out .= sprintf('\\x{%x}', $o);
        }
        else {
            my $next = $i + 1 < $len ? substr($s, $i + 1, 1) : '';
            $out .= $next =~ /^[0-7]$/ ? sprintf('\\%03o', $o) : sprintf('\\%o', $o);
        }
    }
    return qq{"$out"};
}

sub _needs_wide_quote { utf8::is_utf8($_[0]) && $_[0] =~ /[^\x00-\x7f]/ }

sub _format_scalar {
    my ($self, $val) = @_;
    # The pure-Perl Dumper (Useperl) decides by the string alone.
    if ($self->{useperl}) {
        return $val if _safe_decimal($val);
        return qquote($val) if $self->{useqq} || $val =~ /[^\x00-\xff]/;
        return _quote($val);
    }
    my $flags = Internals::Caravan::sv_flags($val);
    if ($flags =~ /I/) {
        my $copy = $val;
        my $digits = sprintf('%d', $copy);
        $digits = sprintf('%u', $copy) if $copy > 0 && $digits ne "$copy" && $copy =~ /^\d+$/;
        if ($flags !~ /P/ || "$copy" eq $digits) {
            return length($digits) > 10 ? "'$digits'" : $digits;
        }
    }
    return $val if $self->{useqq} && _safe_decimal($val);
    return qquote($val) if $self->{useqq};
    return _quote_wide($val) if _needs_wide_quote($val);
    return _quote($val);
}

sub _format_key {
    my ($self, $key) = @_;
    if (!$self->{quotekeys} && ($key =~ /\A[A-Za-z_][A-Za-z0-9_]*\z/ || _safe_decimal($key))) {
        return $key;
    }
    return qquote($key) if $self->{useqq};
    return _quote_wide($key) if _needs_wide_quote($key);
    return _quote($key);
}

sub _format_glob {
    my ($self, $glob) = @_;
    my $name = "$glob";
    $name =~ s/^\*//;
    $name =~ s/^main::/::/;
    if ($name =~ /\A(?:::)?[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z0-9_]+)*\z/) {
        return "*$name";
    }
    return '*{' . ($self->{useqq} ? qquote($name) : _quote($name)) . '}';
}

sub _sorted_keys {
    my ($self, $hash) = @_;
    my $sortkeys = $self->{sortkeys};
    return keys %$hash unless $sortkeys;
    return @{ $sortkeys->($hash) } if ref $sortkeys eq 'CODE';
    return sort keys %$hash;
}

sub _regexp_literal {
    my ($re) = @_;
    my $str = "$re";
    my ($flags, $pattern) = ('', $str);
    if ($str =~ /\A\(\?\^(\w*):(.*)\)\z/s) {
        ($flags, $pattern) = ($1, $2);
    }
    $pattern =~ s{(\\.)|/}{defined $1 ? $1 : '\\/'}ge;
    return "qr/$pattern/$flags";
}

# The expression naming an element of the container whose own name is $name.
sub _member_prefix {
    my ($name) = @_;
    return '$' . substr($name, 1) if $name =~ /^[\@\%]/;
    return $name if $name =~ /^\\?[\%\@\*\$][^{].*[]}]$/;
    return $name . '->';
}

sub _dump {
    my ($self, $val, $name) = @_;
    if (!ref $val) {
        return 'undef' unless defined $val;
        return $self->_format_glob($val) if ref(\$val) eq 'GLOB';
        return $self->_format_scalar($val);
    }

    my $id = _refaddr($val);
    my $seen = $self->{seen}{$id};
    if ($seen) {
        my $type = Internals::Caravan::reftype($val);
        if ($self->{purity} && $self->{level} > 0) {
            push @{ $self->{post} }, "$name = $seen->[0]";
            return $type eq 'HASH' ? '{}' : $type eq 'ARRAY' ? '[]' : 'do{my $o}';
        }
        my $out = $seen->[0];
        if ($name =~ /^([\@\%])/) {
            my $sigil = $1;
            $out = $out =~ /^\\\Q$sigil\E/ ? substr($out, 1) : "$sigil\{$out\}";
        }
        return $out;
    }
    my $realtype = Internals::Caravan::reftype($val);
    my $stored = $name =~ /^[\@\%]/ ? "\\$name"
               : ($realtype eq 'CODE' && $name =~ /^[*](.*)$/) ? "\\&$1"
               : $name;
    $self->{seen}{$id} = [ $stored, $val ];

    my $class = Internals::Caravan::blessed($val);
    if ($self->{maxdepth} && $self->{level} >= $self->{maxdepth}) {
        return "'$val'";
    }
    if ($self->{maxrecurse} && $self->{level} >= $self->{maxrecurse}) {
        require Carp;
        Carp::croak("Recursion limit of $self->{maxrecurse} exceeded");
    }
    my $is_regexp = defined $class && $class eq 'Regexp' ? 1
                  : $realtype eq 'REGEXP' ? 1 : 0;
    if (defined $class && $self->{freezer} && $val->can($self->{freezer})) {
        my $method = $self->{freezer};
        $val->$method();
    }

    my $out;
    my $blesspad = '';
    my $show_bless = defined $class && !($is_regexp && $class eq 'Regexp');
    if ($show_bless) {
        $out = $self->{bless} . '( ';
        $blesspad = $self->{apad};
        $self->{apad} .= ' ' x length($out) if $self->{indent} >= 2;
    }

    local $self->{level} = $self->{level} + 1;
    my $ipad = $self->{xpad} x $self->{level};
    my $body;
    if ($is_regexp) {
        $body = _regexp_literal($val);
    }
    elsif ($realtype eq 'SCALAR' || $realtype eq 'REF' || $realtype eq 'VSTRING' || $realtype eq 'LVALUE') {
        if ($show_bless) {
            $body = 'do{\\(my $o = ' . $self->_dump($$val, "\${$name}") . ')}';
        }
        else {
            $body = '\\' . $self->_dump($$val, "\${$name}");
        }
    }
    elsif ($realtype eq 'GLOB') {
        $body = '\\' . $self->_dump(*$val, "*{$name}");
    }
    elsif ($realtype eq 'ARRAY') {
        my ($open, $close) = $name =~ /^\@/ ? ('(', ')') : ('[', ']');
        my $prefix = _member_prefix($name);
        my $pad = $self->{sep} . $self->{pad} . $self->{apad};
        my @items;
        for my $i (0 .. $#$val) {
            my $item = '';
            $item .= $pad . $ipad . '#' . $i if $self->{indent} >= 3;
            $item .= $pad . $ipad . $self->_dump($val->[$i], $prefix . "[$i]");
            push @items, $item;
        }
        $body = $open . join(',', @items);
        if (@items) {
            $body .= ',' if $self->{trailingcomma} && $self->{indent} >= 1;
            $body .= $pad . ($self->{xpad} x ($self->{level} - 1));
        }
        $body .= $close;
    }
    elsif ($realtype eq 'HASH') {
        my ($open, $close) = $name =~ /^\%/ ? ('(', ')') : ('{', '}');
        my $prefix = _member_prefix($name);
        my $pad = $self->{sep} . $self->{pad} . $self->{apad};
        my @items;
        for my $key ($self->_sorted_keys($val)) {
            my $shown = $self->_format_key($key);
            my $item = $pad . $ipad . $shown . $self->{pair};
            local $self->{apad} = $self->{apad};
            $self->{apad} .= ' ' x (length($shown) + length($self->{pair})) if $self->{indent} >= 2;
            $item .= $self->_dump($val->{$key}, $prefix . '{' . $shown . '}');
            push @items, $item;
        }
        $body = $open . join(',', @items);
        if (@items) {
            $body .= ',' if $self->{trailingcomma} && $self->{indent} >= 1;
            $body .= $pad . ($self->{xpad} x ($self->{level} - 1));
        }
        $body .= $close;
    }
    elsif ($realtype eq 'CODE') {
        if ($self->{purity}) {
            require Carp;
            Carp::carp('Encountered CODE ref, using dummy placeholder');
        }
        $body = 'sub { "DUMMY" }';
    }
    else {
        require Carp;
        Carp::croak("Can't handle '$realtype' type");
    }

    if ($show_bless) {
        $self->{apad} = $blesspad;
        $out .= $body . ', ' . _quote($class) . ' )';
        if ($self->{toaster}) {
            $out .= '->' . $self->{toaster} . '()';
        }
    }
    else {
        $out = $body;
    }
    delete $self->{seen}{$id} if $self->{deepcopy} && $realtype ne 'CODE';
    return $out;
}

# Accessors: with an argument they set and return the object, without one they return
# the current value.
for my $option (qw(Trailingcomma Purity Pad Varname Useqq Terse Freezer Toaster Deepcopy
    Quotekeys Bless Pair Maxdepth Maxrecurse Useperl Sortkeys Deparse Sparseseen)) {
    my $key = lc $option;
    no strict 'refs';
    *{$option} = sub {
        my $self = shift;
        return $self->{$key} unless @_;
        $self->{$key} = shift;
        return $self;
    };
}

sub Indent {
    my $self = shift;
    return $self->{indent} unless @_;
    my $v = shift;
    $self->{indent} = $v;
    $self->{xpad} = $v > 0 ? '  ' : '';
    $self->{sep} = $v > 0 ? "\n" : '';
    return $self;
}

sub Values {
    my $self = shift;
    return @{ $self->{todump} } unless @_;
    my $v = shift;
    if (ref $v ne 'ARRAY') { require Carp; Carp::croak('Argument to Values, if provided, must be array ref') }
    $self->{todump} = [@$v];
    return $self;
}

sub Names {
    my $self = shift;
    return @{ $self->{names} } unless @_;
    my $v = shift;
    if (ref $v ne 'ARRAY') { require Carp; Carp::croak('Argument to Names, if provided, must be array ref') }
    $self->{names} = [@$v];
    return $self;
}

sub Reset {
    my $self = shift;
    $self->{seen} = {};
    return $self;
}

sub Seen {
    my $self = shift;
    return map { @$_ } values %{ $self->{seen} } unless @_;
    my $g = shift;
    if (ref $g ne 'HASH') { require Carp; Carp::croak('Argument to Seen, if provided, must be hash ref') }
    while (my ($k, $v) = each %$g) {
        next unless defined $v && ref $v;
        my $id = _refaddr($v);
        my $name = $k;
        if ($name =~ /^[*](.*)$/) {
            my $t = ref $v;
            $name = $t eq 'ARRAY' ? "\\\@$1" : $t eq 'HASH' ? "\\\%$1" : $t eq 'CODE' ? "\\\&$1" : "\$$1";
        }
        elsif ($name !~ /^\$/) {
            $name = "\$$name";
        }
        $self->{seen}{$id} = [ $name, $v ];
    }
    return $self;
}

1;
