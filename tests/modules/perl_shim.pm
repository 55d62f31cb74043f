# Test-only: implements Caravan's native hooks (Internals::Caravan::*, listed in
# stdlib/perl5lib/NATIVE_HOOKS.md) under real perl, so Caravan's pure-Perl modules can be run
# and compared against perl's own modules today. Loaded by tests/modules/run as -Mperl_shim.
# Real XS modules are loaded from perl's own library, their functions kept under private
# names, then their packages and %INC entries are wiped so that Caravan's module of the same
# name loads afresh.
package perl_shim;
use strict;
use warnings;
no warnings 'once';
use B ();

my %real;    # "Module::func" => code ref of perl's real implementation

sub steal {
    my ($module, @funcs) = @_;
    (my $file = "$module.pm") =~ s{::}{/}g;
    {
        local @INC = grep { !/perl5lib/ && $_ ne '.' } @INC;
        local $SIG{__WARN__} = sub { };
        require $file;
    }
    no strict 'refs';
    for my $f (@funcs) {
        $real{"${module}::$f"} = \&{"${module}::$f"};
    }
    my $stash = \%{"${module}::"};
    for my $sym (keys %$stash) { delete $stash->{$sym} unless $sym =~ /::$/; }
    delete $INC{$file};
}

BEGIN {
    # Sub::Util shares List::Util's XS: load it before the Scalar/List::Util stashes are wiped.
    steal('Sub::Util', qw(subname set_subname set_prototype));
    steal('Scalar::Util', qw(blessed reftype refaddr looks_like_number weaken unweaken isweak
        dualvar readonly isdual isvstring));
    delete $INC{'List/Util.pm'};
    {
        no strict 'refs';
        for my $sym (keys %List::Util::) { delete $List::Util::{$sym} unless $sym =~ /::$/ }
        for my $sym (keys %List::Util::_Pair::) { delete $List::Util::_Pair::{$sym} }
    }
    steal('POSIX', qw(acos asin atan ceil cosh fabs floor fmod ldexp log10 pow sinh tan tanh
        acosh asinh atanh cbrt copysign erf erfc exp2 expm1 fdim fma fmax fmin hypot ilogb
        isfinite isinf isnan isnormal lgamma log1p log2 logb lrint lround nearbyint nextafter
        remainder rint round scalbn signbit tgamma trunc j0 j1 jn y0 y1 yn fpclassify isgreater
        isgreaterequal isless islessequal islessgreater isunordered frexp modf
        strftime mktime _exit uname));
    steal('Cwd', qw(getcwd abs_path));
    steal('Hash::Util', qw(legal_ref_keys hidden_ref_keys));
    steal('Time::HiRes', qw(time sleep usleep gettimeofday));
    for my $pkg (qw(Tie::StdHash Tie::ExtraHash Fcntl)) {
        no strict 'refs';
        my $stash = \%{"${pkg}::"};
        for my $sym (keys %$stash) { delete $stash->{$sym} unless $sym =~ /::$/ }
    }
    delete $INC{'Fcntl.pm'};
    # Cwd's XS also defines File::Spec::Unix functions.
    for my $sym (keys %File::Spec::Unix::) { delete $File::Spec::Unix::{$sym} unless $sym =~ /::$/ }
    # Pure-Perl modules that came along (Exporter, Carp, ...) must load from Caravan's tree.
    no strict 'refs';
    for my $file (grep { m{^(Carp|Exporter|Tie/Hash|File/Spec)(/|\.pm)} } keys %INC) {
        (my $pkg = $file) =~ s{\.pm$}{};
        $pkg =~ s{/}{::}g;
        my $stash = \%{"${pkg}::"};
        for my $sym (keys %$stash) { delete $stash->{$sym} unless $sym =~ /::$/; }
        delete $INC{$file};
    }
}

package Internals::Caravan;

sub blessed           { $real{'Scalar::Util::blessed'}->($_[0]) }
sub reftype           { $real{'Scalar::Util::reftype'}->($_[0]) }
sub refaddr           { $real{'Scalar::Util::refaddr'}->($_[0]) }
sub looks_like_number { $real{'Scalar::Util::looks_like_number'}->($_[0]) }
sub weaken            { $real{'Scalar::Util::weaken'}->($_[0]) }
sub unweaken          { $real{'Scalar::Util::unweaken'}->($_[0]) }
sub isweak            { $real{'Scalar::Util::isweak'}->($_[0]) }
sub dualvar           { $real{'Scalar::Util::dualvar'}->($_[0], $_[1]) }
sub readonly          { $real{'Scalar::Util::readonly'}->($_[0]) }
sub isdual            { $real{'Scalar::Util::isdual'}->($_[0]) }
sub isvstring         { $real{'Scalar::Util::isvstring'}->($_[0]) }
sub set_prototype     { $real{'Sub::Util::set_prototype'}->($_[1], $_[0]) }


sub sv_flags {
    my $flags = B::svref_2object(\$_[0])->FLAGS;
    return ($flags & B::SVf_IOK() ? 'I' : '') . ($flags & B::SVf_NOK() ? 'N' : '')
        . ($flags & B::SVf_POK() ? 'P' : '');
}

sub math {
    my ($name, @args) = @_;
    my $f = $real{"POSIX::$name"} or die "Internals::Caravan::math: unknown function $name";
    return $f->(@args);
}
sub strftime { $real{'POSIX::strftime'}->(@_) }
sub mktime   { $real{'POSIX::mktime'}->(@_) }
sub _exit    { $real{'POSIX::_exit'}->($_[0]) }
sub uname    { $real{'POSIX::uname'}->() }
sub getcwd   { $real{'Cwd::getcwd'}->() }
sub realpath { $real{'Cwd::abs_path'}->($_[0]) }
sub sub_name     { $real{'Sub::Util::subname'}->($_[0]) }
sub set_sub_name { $real{'Sub::Util::set_subname'}->($_[1], $_[0]) }
sub hash_swap {
    my ($x, $y) = @_;
    my %t = %$x;
    %$x = %$y;
    %$y = %t;
}
sub value_readonly   { Internals::SvREADONLY(${ $_[0] }, $_[1] ? 1 : 0) }
sub make_constant {
    my ($full, @values) = @_;
    no strict 'refs';
    if (@values == 1) { my $value = $values[0]; *{$full} = sub () { $value } }
    else { *{$full} = sub () { @values } }
}
sub time_hires   { $real{'Time::HiRes::time'}->() }
sub sleep_hires  { $real{'Time::HiRes::sleep'}->($_[0]) }

1;
