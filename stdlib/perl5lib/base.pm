# Caravan's own `base` pragma: loads each base class if it is not loaded yet (a missing file
# is fine when the package already has symbols) and appends it to the caller's @ISA.
package base;
use strict;
no strict 'refs';

our $VERSION = '2.27';

sub import {
    my $class = shift;
    return unless @_;
    my $inheritor = caller(0);
    my @bases;
    for my $base (@_) {
        if ($inheritor eq $base) {
            warn "Class '$inheritor' tried to inherit from itself\n";
        }
        next if grep { $_->isa($base) } ($inheritor, @bases);
        (my $file = "$base.pm") =~ s{::}{/}g;
        {
            local $SIG{__DIE__};
            my $ok = eval { require $file; 1 };
            if (!$ok && $@ !~ /^Can't locate \Q$file\E/) {
                die $@;
            }
            if (!%{"${base}::"}) {
                require Carp;
                local $" = ' ';
                Carp::croak(<<ERROR);
Base class package "$base" is empty.
    (Perhaps you need to 'use' the module which defines that package first,
    or make that module available in \@INC (\@INC contains: @INC).
ERROR
            }
        }
        push @bases, $base;
    }
    push @{"${inheritor}::ISA"}, @bases;
    return;
}

1;
