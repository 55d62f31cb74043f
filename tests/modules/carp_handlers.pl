# Carp as a __DIE__/__WARN__ handler, Carp::croak with objects and multiple messages.
use strict;
use warnings;
no warnings 'once';
use Carp qw(croak carp confess cluck longmess shortmess);
$| = 1;
sub f { die "died in f\n" }
sub g { f(@_) }
{
    local $SIG{__DIE__} = \&Carp::confess;
    eval { g(1, 'two') };
    (my $e = $@) =~ s/0x[0-9a-f]+/ADDR/g;
    print "confess handler: $e";
}
{
    local $SIG{__WARN__} = sub { print "W: ", Carp::longmess(@_) };
    sub w { warn "warned\n" }
    w('x');
}
{
    local $SIG{__WARN__} = \&Carp::cluck;
    local *STDERR = *STDOUT;
    sub w2 { warn "clucked\n" }
    w2(3);
}
eval { croak('part one, ', 'part two') }; print "multi: $@";
eval { croak(bless { code => 7 }, 'Err') }; print "object: ", ref($@), " $@->{code}\n";
eval { confess() }; print "empty confess: [", ($@ =~ /^Died at / ? 'Died' : $@), "]\n";
my $lm = sub { longmess('lm') }->();
my $sm = sub { shortmess('sm') }->();
print "longmess: $lm", "shortmess: $sm";
package Inner { sub check { Carp::croak("inner bad") } }
sub outer { Inner::check() }
eval { outer() }; print "inner: $@";
{
    local $Carp::Verbose = 1;
    eval { outer() }; print "verbose: $@";
}
{
    local @Inner::CARP_NOT = ('main');
    eval { outer() }; print "carp_not: $@";
}
