# Caravan's own File::Spec: portable path operations; Caravan runs on Unix-like systems, so
# every method comes from File::Spec::Unix.
package File::Spec;
use strict;
use warnings;
require File::Spec::Unix;
our @ISA = ('File::Spec::Unix');
our $VERSION = '3.84';
1;
