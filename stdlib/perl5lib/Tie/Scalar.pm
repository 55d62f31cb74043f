# Caravan's own Tie::Scalar: base classes for tied scalars (Tie::StdScalar keeps the value
# in the object, a scalar ref).
package Tie::Scalar;
use strict;
use warnings;

our $VERSION = '1.05';

sub _croak { require Carp; Carp::croak(@_) }

sub new {
    my $pkg = shift;
    $pkg->TIESCALAR(@_);
}

sub TIESCALAR {
    my $pkg = shift;
    my $pkg_new = $pkg->can('new');
    if ($pkg_new and $pkg ne __PACKAGE__ and $pkg_new != \&new) {
        require Carp;
        Carp::carp("WARNING: calling ${pkg}->new since ${pkg}->TIESCALAR is missing");
        return $pkg->new(@_);
    }
    _croak("$pkg doesn't define a TIESCALAR method");
}

sub FETCH {
    my $pkg = ref $_[0];
    _croak("$pkg doesn't define a FETCH method");
}

sub STORE {
    my $pkg = ref $_[0];
    _croak("$pkg doesn't define a STORE method");
}

sub DESTROY { }

package Tie::StdScalar;
our @ISA = ('Tie::Scalar');

sub TIESCALAR {
    my $class = shift;
    my $instance = @_ ? shift : undef;
    return bless \$instance => $class;
}

sub FETCH { ${ $_[0] } }
sub STORE { ${ $_[0] } = $_[1] }
sub DESTROY { undef ${ $_[0] } }

1;
