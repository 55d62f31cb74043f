# Caravan's own Cwd: the current directory and symlink-free absolute paths, answered by the
# interpreter (Internals::Caravan::getcwd / realpath hooks).
package Cwd;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '3.84';
our @EXPORT = qw(cwd getcwd fastcwd fastgetcwd);
our @EXPORT_OK = qw(chdir abs_path fast_abs_path realpath fast_realpath);

sub getcwd     { Internals::Caravan::getcwd() }
sub cwd        { Internals::Caravan::getcwd() }
sub fastcwd    { Internals::Caravan::getcwd() }
sub fastgetcwd { Internals::Caravan::getcwd() }

sub abs_path {
    my ($path) = @_;
    $path = '.' unless defined $path && length $path;
    return Internals::Caravan::realpath($path);
}
*realpath = \&abs_path;
*fast_abs_path = \&abs_path;
*fast_realpath = \&abs_path;

# chdir that keeps $ENV{PWD} as the logical path (symlinks not resolved).
sub chdir {
    my $dir = @_ ? shift : defined $ENV{HOME} ? $ENV{HOME} : '/';
    $dir =~ s{//+}{/}g;
    my $base = defined $ENV{PWD} && $ENV{PWD} =~ m{^/} ? $ENV{PWD} : getcwd();
    CORE::chdir($dir) or return 0;
    my @parts;
    for my $part (split m{/}, $dir =~ m{^/} ? $dir : "$base/$dir") {
        next if $part eq '' || $part eq '.';
        if ($part eq '..') { pop @parts; next }
        push @parts, $part;
    }
    $ENV{PWD} = '/' . join('/', @parts);
    return 1;
}

1;
