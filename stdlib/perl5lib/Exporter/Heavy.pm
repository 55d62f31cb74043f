# Caravan's own Exporter::Heavy: kept for modules that name it; everything lives in Exporter.
package Exporter::Heavy;
use strict;
use warnings;
require Exporter;
our $VERSION = '5.77';

sub heavy_export          { return Exporter::export(@_) }
sub heavy_export_to_level { return Exporter::export_to_level(@_) }
sub heavy_export_tags     { return Exporter::export_tags(@_) }
sub heavy_export_ok_tags  { return Exporter::export_ok_tags(@_) }
sub heavy_require_version { return Exporter::require_version(@_) }

1;
