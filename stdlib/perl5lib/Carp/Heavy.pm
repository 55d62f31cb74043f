# Caravan's own Carp::Heavy: kept for modules that name it; everything lives in Carp.
package Carp::Heavy;
use strict;
use warnings;
require Carp;
our $VERSION = '1.52';
1;
