# Caravan's own SelectSaver: selects a handle for the object's lifetime, restoring the
# previously selected handle when the object is destroyed.
package SelectSaver;
use strict;
use warnings;
require Symbol;
our $VERSION = '1.02';

sub new {
    my $class = shift;
    my $fh = select;
    my $self = bless \$fh, $class;
    select Symbol::qualify($_[0], caller) if @_;
    return $self;
}

sub DESTROY {
    my $self = shift;
    select $$self;
}

1;
