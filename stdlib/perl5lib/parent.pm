# Caravan's own `parent` pragma: loads the named classes (unless -norequire) and appends
# them to the calling package's @ISA.
package parent;
use strict;
no strict 'refs';

our $VERSION = '0.238';

sub import {
    my $class = shift;
    my $inheritor = caller(0);
    if (@_ && $_[0] eq '-norequire') {
        shift @_;
    }
    else {
        for my $module (@_) {
            (my $file = $module) =~ s{::|'}{/}g;
            require "$file.pm";
        }
    }
    push @{"${inheritor}::ISA"}, @_;
    return;
}

1;
