# Caravan's own `lib` pragma: `use lib DIRS` puts DIRS at the front of @INC (dropping later
# duplicates); `no lib DIRS` removes them. @lib::ORIG_INC keeps @INC as it was at load time.
package lib;
use strict;

our $VERSION = '0.65';
our @ORIG_INC = @INC;

sub import {
    shift;
    my %names;
    for my $dir (reverse @_) {
        if (!defined $dir || $dir eq '') {
            require Carp;
            Carp::carp('Empty compile time value given to use lib');
            next;
        }
        if (-e $dir && !-d _) {
            require Carp;
            Carp::carp('Parameter to use lib must be directory, not file');
        }
        unshift @INC, $dir;
    }
    @INC = grep { !$names{$_}++ } @INC;
    return;
}

sub unimport {
    shift;
    my %remove = map { $_ => 1 } @_;
    @INC = grep { !$remove{$_} } @INC;
    return;
}

1;
