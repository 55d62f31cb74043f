# Caravan's own `vars` pragma: predeclares package variables by aliasing the caller's globs.
package vars;
use strict;
no strict 'refs';

our $VERSION = '1.05';

sub _croak { require Carp; Carp::croak(@_) }

sub import {
    my $class = shift;
    my $callpack = caller;
    for my $spec (@_) {
        my ($sigil, $sym) = $spec =~ /^([\$\@\%\*\&])(.+)/
            or _croak("'$spec' is not a valid variable name");
        if ($sym =~ /\W/) {
            if ($sym =~ /^\w+[[{].*[]}]$/) {
                _croak("Can't declare individual elements of hash or array");
            }
            elsif (length($sym) == 1 && $sym !~ /[a-zA-Z]/) {
                warnings::warn('No need to declare built-in vars') if warnings::enabled();
            }
            elsif ($^H & 0x400) {    # strict vars in force where `use vars` is compiled
                _croak("'$spec' is not a valid variable name under strict vars");
            }
        }
        my $full = $sym =~ /::/ ? $sym : "${callpack}::$sym";
        if    ($sigil eq '$') { *{$full} = \${$full} }
        elsif ($sigil eq '@') { *{$full} = \@{$full} }
        elsif ($sigil eq '%') { *{$full} = \%{$full} }
        elsif ($sigil eq '*') { *{$full} = \*{$full} }
        else                  { *{$full} = \&{$full} }
    }
    return;
}

1;
