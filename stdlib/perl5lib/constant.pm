# Caravan's own `constant` pragma: `use constant NAME => value` defines an empty-prototype
# sub returning the value (a scalar, a list, or one sub per key of a hash ref).
package constant;
use strict;
no strict 'refs';
no warnings 'once';
use warnings::register;

our $VERSION = '1.33';
our %declared;

my %keywords = map { $_ => 1 } qw(BEGIN INIT CHECK END DESTROY AUTOLOAD UNITCHECK);
my %forced_into_main = map { $_ => 1 } qw(STDIN STDOUT STDERR ARGV ARGVOUT ENV INC SIG);

sub _croak { require Carp; Carp::croak(@_) }

sub _check_name {
    my ($name, $has_value) = @_;
    _croak("Can't use undef as constant name") unless defined $name;
    my $bare = $name =~ /::(\w+)\z/ ? $1 : $name;
    if ($bare =~ /^_?[^\W_0-9]\w*\z/ && !$keywords{$bare} && !$forced_into_main{$bare}) {
        return;
    }
    if ($bare =~ /^__/) {
        _croak("Constant name '$bare' begins with '__'");
    }
    if ($bare =~ /^[A-Za-z_]\w*\z/) {
        if (warnings::enabled()) {
            if ($keywords{$bare}) {
                warnings::warn("Constant name '$bare' is a Perl keyword");
            }
            elsif ($forced_into_main{$bare}) {
                warnings::warn("Constant name '$bare' is forced into package main::");
            }
        }
        return;
    }
    if ($bare =~ /^[01]?\z/) {
        _croak($has_value ? "Constant name '$bare' is invalid" : "Constant name looks like boolean value");
    }
    _croak("Constant name '$bare' has invalid characters");
}

sub import {
    my $class = shift;
    return unless @_;
    my $pkg = caller;
    my $multiple = ref $_[0];
    my %constants;
    my @names;
    if ($multiple) {
        _croak("Invalid reference type '" . ref(shift) . "' not 'HASH'") if $multiple ne 'HASH';
        %constants = %{ +shift };
        @names = keys %constants;
    }
    else {
        @names = (shift);
    }
    for my $name (@names) {
        _check_name($name, $multiple || @_);
        my $full = $name =~ /::/ ? $name : "${pkg}::$name";
        $full =~ s/^::/main::/;
        $declared{$full}++;
        # The interpreter makes the sub (one-value constants fold at compile time).
        Internals::Caravan::make_constant($full, $multiple ? $constants{$name} : @_);
    }
    return;
}

1;
