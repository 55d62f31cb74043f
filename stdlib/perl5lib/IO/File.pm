# Caravan's own IO::File: IO::Handle objects opened on files (new, open, new_tmpfile),
# accepting perl open modes, fopen-style "r"/"w"/"a" modes and numeric O_* flags.
package IO::File;
use strict;
use warnings;
no warnings 'once';

require IO::Handle;
require IO::Seekable;
require Symbol;
require Fcntl;
our @ISA = ('IO::Handle', 'IO::Seekable', 'Exporter');
our $VERSION = '1.48';
# Like perl's IO::File, re-export Fcntl's O_* constants along with SEEK_*.
my @o_names = grep { /^O_/ } @Fcntl::EXPORT;
our @EXPORT = (@IO::Seekable::EXPORT, @o_names);
{
    no strict 'refs';
    *{$_} = \&{"Fcntl::$_"} for @o_names;
}
*SEEK_SET = \&IO::Handle::SEEK_SET;
*SEEK_CUR = \&IO::Handle::SEEK_CUR;
*SEEK_END = \&IO::Handle::SEEK_END;

sub _croak { require Carp; Carp::croak(@_) }

sub new {
    my $class = ref($_[0]) || $_[0] || 'IO::File';
    shift;
    my $fh = $class->SUPER::new();
    if (@_) {
        $fh->open(@_) or return undef;
    }
    return $fh;
}

sub open {
    _croak('usage: $fh->open(FILENAME [,MODE [,PERMS]])') if @_ < 2 || @_ > 4;
    my ($fh, $file) = @_;
    if (@_ > 2) {
        my ($mode, $perms) = @_[2, 3];
        if ($mode =~ /^\d+$/) {
            $perms = 0666 unless defined $perms;
            return sysopen($fh, $file, $mode, $perms);
        }
        if ($mode =~ /:/) {
            return CORE::open($fh, $mode, $file) if @_ == 3;
            return CORE::open($fh, $mode, $file, $perms);
        }
        return CORE::open($fh, IO::Handle::_open_mode($mode), $file);
    }
    return CORE::open($fh, $file);
}

sub new_tmpfile {
    my $class = shift;
    require File::Temp;
    my ($tmp, $name) = File::Temp::tempfile();
    unlink $name;
    my $fh = $class->SUPER::new();
    CORE::open($fh, '+<&', $tmp) or return undef;
    CORE::close($tmp);
    return $fh;
}

sub binmode { @_ > 1 ? CORE::binmode($_[0], $_[1]) : CORE::binmode($_[0]) }

1;
