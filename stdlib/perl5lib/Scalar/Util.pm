# Caravan's own Scalar::Util. What needs the interpreter's view of a value (blessing, type,
# address, weakness, flags) is answered by native hooks in Internals::Caravan (see
# NATIVE_HOOKS.md); openhandle is plain Perl.
package Scalar::Util;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.62';
our @EXPORT_OK = qw(
    blessed reftype refaddr looks_like_number weaken unweaken isweak dualvar isdual
    readonly openhandle set_prototype tainted isvstring
);

sub blessed ($)           { Internals::Caravan::blessed($_[0]) }
sub reftype ($)           { Internals::Caravan::reftype($_[0]) }
sub refaddr ($)           { Internals::Caravan::refaddr($_[0]) }
sub looks_like_number ($) { Internals::Caravan::looks_like_number($_[0]) }
sub weaken ($)            { Internals::Caravan::weaken($_[0]) }
sub unweaken ($)          { Internals::Caravan::unweaken($_[0]) }
sub isweak ($)            { Internals::Caravan::isweak($_[0]) }
sub dualvar ($$)          { Internals::Caravan::dualvar($_[0], $_[1]) }
sub isdual ($)            { Internals::Caravan::isdual($_[0]) }
sub readonly ($)          { Internals::Caravan::readonly($_[0]) }
sub isvstring ($)         { Internals::Caravan::isvstring($_[0]) }
sub tainted ($)           { !!0 }

sub set_prototype (&$) {
    my ($code, $proto) = @_;
    Internals::Caravan::set_prototype($code, $proto);
    return $code;
}

# The handle itself when it is an opened file handle (glob, glob ref or IO object).
sub openhandle ($) {
    my ($fh) = @_;
    my $type = ref(\$fh) eq 'GLOB' ? 'GLOB' : reftype($fh);
    return undef unless defined $type && ($type eq 'GLOB' || $type eq 'IO');
    return defined(fileno($fh)) ? $fh : undef;
}

1;
