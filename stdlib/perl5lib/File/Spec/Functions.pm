# Caravan's own File::Spec::Functions: File::Spec's class methods as plain functions.
package File::Spec::Functions;
use strict;
use warnings;
no strict 'refs';
require File::Spec;
require Exporter;

our @ISA = ('Exporter');
our $VERSION = '3.84';
our @EXPORT = qw(canonpath catdir catfile curdir rootdir updir no_upwards
    file_name_is_absolute path);
our @EXPORT_OK = qw(devnull tmpdir splitpath splitdir catpath abs2rel rel2abs case_tolerant);
our %EXPORT_TAGS = (ALL => [ @EXPORT_OK, @EXPORT ]);

for my $name (@EXPORT, @EXPORT_OK) {
    *{$name} = sub { File::Spec->$name(@_) };
}

1;
