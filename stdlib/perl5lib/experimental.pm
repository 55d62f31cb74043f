# Caravan's own `experimental` pragma: `use experimental 'NAME'` enables feature NAME (when
# it is one) and silences its experimental::NAME warnings in the enclosing lexical scope.
package experimental;
use strict;
use warnings;

our $VERSION = '0.028';

require feature;

# perl 5.36's features and experimental warning categories.
my %features = map { $_ => 1 } qw(fc say state switch bitwise evalbytes current_sub
    unicode_eval unicode_strings postderef_qq signatures refaliasing declared_refs isa indirect
    multidimensional bareword_filehandles try defer extra_paired_delimiters);
my %warnings = map { $_ => 1 } qw(args_array_with_signatures builtin const_attr declared_refs
    defer extra_paired_delimiters for_list isa lexical_subs postderef private_use re_strict
    refaliasing regex_sets signatures smartmatch try uniprop_wildcards vlb bitwise
    lexical_topic autoderef alpha_assertions script_run);
# Features that became stable (or were removed) before 5.36: accepted, nothing to enable.
my %stable = map { $_ => 1 } qw(array_base autoderef lexical_topic lexical_subs postderef
    alpha_assertions script_run);
my %additional = (postderef => ['postderef_qq'], switch => ['smartmatch']);

sub _croak { require Carp; Carp::croak(@_) }

sub _enable {
    my ($name) = @_;
    if ($warnings{$name}) {
        warnings->unimport("experimental::$name");
        feature->import($name) if $features{$name};
        _enable($_) for @{ $additional{$name} || [] };
    }
    elsif ($features{$name}) {
        feature->import($name);
    }
    elsif (!$stable{$name}) {
        _croak("Can't enable unknown feature $name");
    }
}

sub _disable {
    my ($name) = @_;
    if ($features{$name}) {
        feature->unimport($name);
    }
    elsif (!$warnings{$name} && !$stable{$name}) {
        require Carp;
        Carp::carp("Can't disable unknown feature $name, ignoring");
        return;
    }
    warnings->import("experimental::$name") if $warnings{$name};
}

sub import {
    my ($class, @names) = @_;
    _enable($_) for @names;
    return;
}

sub unimport {
    my ($class, @names) = @_;
    _disable($_) for @names;
    return;
}

1;
