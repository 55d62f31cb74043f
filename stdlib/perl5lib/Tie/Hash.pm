# Caravan's own Tie::Hash: base classes for tied hashes. Tie::Hash supplies defaults built
# on the abstract methods; Tie::StdHash stores into a real hash (the object itself);
# Tie::ExtraHash keeps the hash in $obj->[0] with room for extra fields after it.
package Tie::Hash;
use strict;
use warnings;

our $VERSION = '1.06';

sub _croak { require Carp; Carp::croak(@_) }

sub new {
    my $pkg = shift;
    $pkg->TIEHASH(@_);
}

sub TIEHASH {
    my $pkg = shift;
    my $pkg_new = $pkg->can('new');
    if ($pkg_new and $pkg_new != \&new) {
        require Carp;
        Carp::carp("WARNING: calling ${pkg}->new since ${pkg}->TIEHASH is missing");
        return $pkg->new(@_);
    }
    _croak("$pkg doesn't define a TIEHASH method");
}

sub EXISTS {
    my $pkg = ref $_[0];
    _croak("$pkg doesn't define an EXISTS method");
}

sub DELETE {
    my $pkg = ref $_[0];
    _croak("$pkg doesn't define a DELETE method");
}

sub CLEAR {
    my $self = shift;
    my $key = $self->FIRSTKEY(@_);
    my @keys;
    while (defined $key) {
        push @keys, $key;
        $key = $self->NEXTKEY(@_, $key);
    }
    $self->DELETE(@_, $_) for @keys;
}

package Tie::StdHash;
our @ISA = ('Tie::Hash');

sub TIEHASH  { bless {}, $_[0] }
sub STORE    { $_[0]->{ $_[1] } = $_[2] }
sub FETCH    { $_[0]->{ $_[1] } }
sub FIRSTKEY { my $a = scalar keys %{ $_[0] }; each %{ $_[0] } }
sub NEXTKEY  { each %{ $_[0] } }
sub EXISTS   { exists $_[0]->{ $_[1] } }
sub DELETE   { delete $_[0]->{ $_[1] } }
sub CLEAR    { %{ $_[0] } = () }
sub SCALAR   { scalar %{ $_[0] } }

package Tie::ExtraHash;
our @ISA = ('Tie::Hash');

sub TIEHASH  { my $p = shift; bless [{}, @_], $p }
sub STORE    { $_[0][0]{ $_[1] } = $_[2] }
sub FETCH    { $_[0][0]{ $_[1] } }
sub FIRSTKEY { my $a = scalar keys %{ $_[0][0] }; each %{ $_[0][0] } }
sub NEXTKEY  { each %{ $_[0][0] } }
sub EXISTS   { exists $_[0][0]->{ $_[1] } }
sub DELETE   { delete $_[0][0]->{ $_[1] } }
sub CLEAR    { %{ $_[0][0] } = () }
sub SCALAR   { scalar %{ $_[0][0] } }

1;
