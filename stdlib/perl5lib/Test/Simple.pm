# Caravan's own Test::Simple: just ok() and a plan, on top of Test::Builder.
package Test::Simple;
use strict;
use warnings;
require Test::Builder;
our $VERSION = '1.302190';
our @EXPORT = ('ok');

my $tb = Test::Builder->new;

sub import {
    my ($class, @plan) = @_;
    my $caller = caller;
    no strict 'refs';
    *{"${caller}::ok"} = \&ok;
    $tb->plan(@plan) if @plan;
}

sub ok { $tb->ok(@_) }

1;
