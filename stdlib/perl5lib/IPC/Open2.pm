# Caravan's own IPC::Open2: a command with pipes to its stdin and stdout (stderr is shared
# with the parent); built on IPC::Open3.
package IPC::Open2;
use strict;
use warnings;

require Exporter;
require IPC::Open3;
our @ISA = ('Exporter');
our $VERSION = '1.05';
our @EXPORT = qw(open2);

sub open2 {
    my $pkg = caller;
    my ($out, $in, @cmd) = @_;
    my ($pid, $kid_in, $kid_out) = IPC::Open3::_open3('open2', $pkg, $in, $out, '>&STDERR', @cmd);
    $_[0] = $kid_out;
    $_[1] = $kid_in;
    return $pid;
}

1;
