# Caravan's own Carp: warn/die with the caller's location (croak, carp) or a full backtrace
# (confess, cluck). Frames are read with caller() from package DB so @DB::args holds each
# frame's arguments.
package Carp;
use strict;
use warnings;
no warnings 'once';

our $VERSION = '1.52';
require Exporter;
our @ISA = ('Exporter');
our @EXPORT = qw(confess croak carp);
our @EXPORT_OK = qw(cluck verbose longmess shortmess);
our @EXPORT_FAIL = qw(verbose);

our $CarpLevel = 0;
our $MaxEvalLen = 0;
our $MaxArgLen = 64;
our $MaxArgNums = 8;
our $Verbose = 0;
our $RefArgFormatter;
our %Internal = (Exporter => 1, 'Exporter::Heavy' => 1);
our %CarpInternal = (Carp => 1, warnings => 1);

# Frame numbers below are relative to the public entry point (croak, carp, ...): frame 0 is
# the place that called the entry point. $entry_sub names that entry point; the frames
# between it and the helper asking are found by looking for it on the stack (a few levels).
our $entry_sub;

# caller() of frame $k (relative to the entry point), with @DB::args set.
sub _frame {
    my ($k) = @_;
    my $offset = 1;
    while (1) {
        my @c = caller($offset);
        return () unless @c;
        last if $c[3] eq $entry_sub;
        $offset++;
    }
    package DB;
    return caller($k + $offset);
}

sub export_fail {
    shift;
    $Verbose = shift if $_[0] eq 'verbose';
    return @_;
}

sub _quote_string {
    my ($s) = @_;
    my $trimmed = 0;
    if ($MaxArgLen > 2 && length($s) > $MaxArgLen) {
        $s = substr($s, 0, $MaxArgLen - 3);
        $trimmed = 1;
    }
    $s =~ s/([\\"\$\@])/\\$1/g;
    $s =~ s/([^\x20-\x7e])/sprintf("\\x{%x}", ord($1))/ge;
    return '"' . $s . '"' . ($trimmed ? '...' : '');
}

sub format_arg {
    my ($arg) = @_;
    return 'undef' unless defined $arg;
    if (ref $arg) {
        return $RefArgFormatter->($arg) if $RefArgFormatter;
        return "$arg";
    }
    return $arg if $arg =~ /\A-?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?\z/;
    return _quote_string($arg);
}

sub _sub_name {
    my ($info) = @_;
    if (defined $info->{evaltext}) {
        my $eval = $info->{evaltext};
        return "require $eval" if $info->{is_require};
        $eval =~ s/([\\'])/\\$1/g;
        if ($MaxEvalLen && length($eval) > $MaxEvalLen) {
            $eval = substr($eval, 0, $MaxEvalLen - 3) . '...';
        }
        return "eval '$eval'";
    }
    return '__ANON__::__ANON__' unless defined $info->{sub};
    return $info->{sub} eq '(eval)' ? 'eval {...}' : $info->{sub};
}

# Location and "sub(args)" description of frame $k, or an empty list past the stack's end.
sub _caller_info {
    my ($k) = @_;
    my %info;
    my @c = _frame($k);
    return () unless @c;
    my @args = @DB::args;
    @info{qw(pack file line sub has_args wantarray evaltext is_require)} = @c;
    my $name = _sub_name(\%info);
    if ($info{has_args}) {
        my @shown = map { format_arg($_) } @args;
        if ($MaxArgNums && @shown > $MaxArgNums) {
            $#shown = $MaxArgNums - 1;
            push @shown, '...';
        }
        $name .= '(' . join(', ', @shown) . ')';
    }
    $info{sub_name} = $name;
    return %info;
}

# The ", <FH> line N" part perl's own die would add.
sub _input_line_suffix {
    return '' unless $.;
    local $@ = '';
    local $SIG{__DIE__};
    eval { CORE::die };
    return $1 if $@ =~ /^Died at .*(, <.*?> (?:line|chunk) \d+).$/;
    return '';
}

sub _package_of {
    my ($k) = @_;
    my @c = _frame($k);
    return @c ? $c[0] : undef;
}

sub _trusts_directly {
    my ($class) = @_;
    no strict 'refs';
    my @not = @{"${class}::CARP_NOT"};
    return @not ? @not : @{"${class}::ISA"};
}

sub trusts {
    my ($child, $parent, $cache) = @_;
    return 1 if $child eq $parent;
    my %seen = ($child => 1);
    my @todo = ($child);
    while (@todo) {
        my $class = shift @todo;
        my $direct = $cache->{$class} ||= [_trusts_directly($class)];
        for my $t (@$direct) {
            return 1 if $t eq $parent;
            next if $seen{$t}++;
            push @todo, $t;
        }
    }
    return 0;
}

sub _long_loc {
    my $k = -1;
    my $lvl = $CarpLevel;
    while (1) {
        $k++;
        my $pkg = _package_of($k);
        if (!defined $pkg) {
            # Ran off the stack (e.g. longmess at top level): report the entry call itself.
            if (%Internal) {
                local %Internal;
                return _long_loc();
            }
            return 0;
        }
        next if $CarpInternal{$pkg};
        next unless 0 > --$lvl;
        next if $Internal{$pkg};
        last;
    }
    return $k;
}

# Frame whose location a short message names, or undef when no untrusting caller exists.
sub _short_loc {
    my %cache;
    my $k = -1;
    my $lvl = $CarpLevel;
    while (1) {
        $k++;
        my $called = _package_of($k);
        my $caller = _package_of($k + 1);
        return undef unless defined $caller;
        next if $Internal{$caller};
        next if $CarpInternal{$caller};
        next if defined $called && $CarpInternal{$called};
        next if defined $called && trusts($called, $caller, \%cache);
        next if defined $called && trusts($caller, $called, \%cache);
        next unless 0 > --$lvl;
        last;
    }
    return $k + 1;
}

sub _backtrace {
    my ($k, @msg) = @_;
    my %i = _caller_info($k);
    my $mess = join('', @msg) . " at $i{file} line $i{line}" . _input_line_suffix() . ".\n";
    while (my %c = _caller_info(++$k)) {
        $mess .= "\t$c{sub_name} called at $c{file} line $c{line}\n";
    }
    return $mess;
}

sub _summary {
    my ($k, @msg) = @_;
    my %i = _caller_info($k);
    return join('', @msg) . " at $i{file} line $i{line}.\n";
}

sub _longmess {
    return @_ if ref $_[0];
    return _backtrace(_long_loc(), @_);
}

sub _shortmess {
    return _longmess(@_) if $Verbose;
    return @_ if ref $_[0];
    my $k = _short_loc();
    return defined $k ? _summary($k, @_) : _longmess(@_);
}

# A direct longmess() call reports one level further out than confess would, unless it comes
# from Carp's own friends (perl's Carp keeps this for compatibility; so does this one).
sub longmess {
    local $entry_sub = 'Carp::longmess';
    my $pkg = caller;
    local $CarpLevel = $CarpLevel + (($Internal{$pkg} || $CarpInternal{$pkg}) ? 0 : 1);
    return _longmess(@_);
}
sub shortmess { local $entry_sub = 'Carp::shortmess'; return _shortmess(@_) }
sub croak     { local $entry_sub = 'Carp::croak';     die _shortmess(@_) }
sub confess   { local $entry_sub = 'Carp::confess';   die _longmess(@_) }
sub carp      { local $entry_sub = 'Carp::carp';      warn _shortmess(@_) }
sub cluck     { local $entry_sub = 'Carp::cluck';     warn _longmess(@_) }

1;
