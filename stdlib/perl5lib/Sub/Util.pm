# Caravan's own Sub::Util: a sub's fully qualified name (subname), renaming (set_subname)
# and prototypes, answered by the interpreter (Internals::Caravan::sub_name/set_sub_name).
package Sub::Util;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.62';
our @EXPORT_OK = qw(prototype set_prototype subname set_subname);

sub _croak { require Carp; Carp::croak(@_) }

sub subname {
    my ($code) = @_;
    _croak('Not a subroutine reference') unless ref $code && Internals::Caravan::reftype($code) eq 'CODE';
    return Internals::Caravan::sub_name($code);
}

sub set_subname {
    my ($name, $code) = @_;
    _croak('set_subname: not a subroutine reference') unless ref $code && Internals::Caravan::reftype($code) eq 'CODE';
    $name = "main::$name" unless $name =~ /::/;
    Internals::Caravan::set_sub_name($code, $name);
    return $code;
}

sub prototype {
    my ($code) = @_;
    return CORE::prototype($code);
}

sub set_prototype {
    my ($proto, $code) = @_;
    Internals::Caravan::set_prototype($code, $proto);
    return $code;
}

1;
