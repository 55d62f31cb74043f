package MyUtil;
use strict; use warnings;
use Exporter 'import';
our @EXPORT_OK = qw(double triple quadruple $VERSION_STR);
our %EXPORT_TAGS = (all => \@EXPORT_OK);
our $VERSION_STR = "util-1.0";
sub double { $_[0] * 2 }
sub triple { $_[0] * 3 }
sub quadruple { double(double($_[0])) }
sub secret { "secret" }
1;
