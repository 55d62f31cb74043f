# Caravan's own Test::Builder::Module: base class for test modules built on Test::Builder
# (their import handles a plan like Test::More's and exports the module's functions).
package Test::Builder::Module;
use strict;
use warnings;
no warnings 'once';

require Exporter;
require Test::Builder;
our @ISA = ('Exporter');
our $VERSION = '1.302190';

sub builder { Test::Builder->new }

sub import {
    my $class = shift;
    return if $class eq 'Test::Builder::Module';
    my @plan;
    my @imports;
    while (@_) {
        my $item = shift;
        if ($item eq 'tests' || $item eq 'skip_all') { push @plan, $item, shift }
        elsif ($item eq 'no_plan') { push @plan, $item }
        elsif ($item eq 'import') { push @imports, @{ +shift } }
        else { push @imports, $item }
    }
    Test::Builder->new->plan(@plan) if @plan;
    local $Exporter::ExportLevel = 1;
    Exporter::import($class, @imports);
}

1;
