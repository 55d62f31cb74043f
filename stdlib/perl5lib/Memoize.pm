# Caravan's own Memoize: replaces a function with a caching wrapper keyed on its arguments
# (separate caches for scalar and list context), with NORMALIZER/INSTALL/cache options,
# unmemoize and flush_cache.
package Memoize;
use strict;
use warnings;
no strict 'refs';
no warnings 'redefine';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.03';
our @EXPORT = qw(memoize);
our @EXPORT_OK = qw(unmemoize flush_cache);

my %wrapped;    # refaddr of wrapper => { original, name, scalar, list }

sub _croak { require Carp; Carp::croak(@_) }

sub _resolve {
    my ($fn, $pkg) = @_;
    return ($fn, undef) if ref $fn eq 'CODE';
    my $name = $fn =~ /::/ ? $fn : "${pkg}::$fn";
    my $code = *{$name}{CODE};
    _croak("Cannot operate on nonexistent function `$fn'") unless $code;
    return ($code, $name);
}

sub memoize {
    my ($fn, %opts) = @_;
    my $pkg = caller;
    my ($code, $name) = _resolve($fn, $pkg);
    my $normalizer = $opts{NORMALIZER};
    if (defined $normalizer && !ref $normalizer) {
        my ($n) = _resolve($normalizer, $pkg);
        $normalizer = $n;
    }
    my %info = (original => $code, scalar => {}, list => {});
    for my $which (qw(SCALAR_CACHE LIST_CACHE)) {
        my $spec = $opts{$which};
        next unless defined $spec;
        my $slot = $which eq 'SCALAR_CACHE' ? 'scalar' : 'list';
        if (ref $spec eq 'ARRAY' && $spec->[0] eq 'HASH') { $info{$slot} = $spec->[1] }
        elsif ($spec eq 'FAULT') { $info{$slot} = 'FAULT' }
        elsif ($spec eq 'MERGE') { $info{$slot} = 'MERGE' }
    }
    $info{list} = $info{scalar} if ref $info{list} eq '' && $info{list} eq 'MERGE';
    $info{scalar} = $info{list} if ref $info{scalar} eq '' && $info{scalar} eq 'MERGE';
    my $info = \%info;
    my $wrapper = sub {
        my $key = $normalizer ? (wantarray ? join(chr(28), $normalizer->(@_)) : scalar $normalizer->(@_)) : join(chr(28), @_);
        if (wantarray) {
            my $cache = $info->{list};
            _croak('Anonymous function called in forbidden list context; faulting') if !ref $cache && $cache eq 'FAULT';
            $cache->{$key} = [ $code->(@_) ] unless exists $cache->{$key};
            my $v = $cache->{$key};
            return ref $v eq 'ARRAY' ? @$v : $v;
        }
        my $cache = $info->{scalar};
        _croak('Anonymous function called in forbidden scalar context; faulting') if !ref $cache && $cache eq 'FAULT';
        $cache->{$key} = scalar $code->(@_) unless exists $cache->{$key};
        return $cache->{$key};
    };
    my $install = exists $opts{INSTALL} ? $opts{INSTALL} : $name;
    if (defined $install) {
        $install = "${pkg}::$install" unless $install =~ /::/;
        *{$install} = $wrapper;
        $info{name} = $install;
    }
    $wrapped{ Internals::Caravan::refaddr($wrapper) } = $info;
    return $wrapper;
}

sub _info_for {
    my ($fn, $pkg) = @_;
    my ($code) = ref $fn eq 'CODE' ? ($fn) : _resolve($fn, $pkg);
    my $info = $wrapped{ Internals::Caravan::refaddr($code) };
    _croak("Could not unmemoize function `$fn', because it was not memoized to begin with") unless $info;
    return ($info, $code);
}

sub unmemoize {
    my ($fn) = @_;
    my ($info, $code) = _info_for($fn, scalar caller);
    delete $wrapped{ Internals::Caravan::refaddr($code) };
    *{ $info->{name} } = $info->{original} if $info->{name};
    return $info->{original};
}

sub flush_cache {
    my ($fn) = @_;
    my ($info) = _info_for($fn, scalar caller);
    %{ $info->{scalar} } = () if ref $info->{scalar};
    %{ $info->{list} } = () if ref $info->{list};
    return;
}

1;
