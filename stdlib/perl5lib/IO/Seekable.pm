# Caravan's own IO::Seekable: seek/tell methods for IO::Handle objects.
package IO::Seekable;
use strict;
use warnings;
no warnings 'once';
require Exporter;
require IO::Handle;
our @ISA = ('Exporter');
our $VERSION = '1.48';
our @EXPORT = qw(SEEK_SET SEEK_CUR SEEK_END);
*SEEK_SET = \&IO::Handle::SEEK_SET;
*SEEK_CUR = \&IO::Handle::SEEK_CUR;
*SEEK_END = \&IO::Handle::SEEK_END;

sub seek    { CORE::seek($_[0], $_[1], $_[2]) }
sub sysseek { CORE::sysseek($_[0], $_[1], $_[2]) }
sub tell    { CORE::tell($_[0]) }
sub setpos  { defined $_[1] ? CORE::seek($_[0], $_[1], 0) : undef }
sub getpos  { CORE::tell($_[0]) }

1;
