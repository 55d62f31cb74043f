# Caravan's own Fcntl: file-control constants (table generated per platform into
# Fcntl/Constants.pm) and the S_IS* / S_IFMT / S_IMODE mode helpers.
package Fcntl;
use strict;
use warnings;
no strict 'refs';
no warnings 'once';

require Exporter;
require Fcntl::Constants;
our @ISA = ('Exporter');
our $VERSION = '1.15';

my %const = %Fcntl::Constants::VALUES;
for my $name (keys %const) {
    my $value = $const{$name}[0];
    if (defined $value) {
        *{$name} = sub () { $value };
    }
    else {
        *{$name} = sub { require Carp; Carp::croak("Your vendor has not defined Fcntl macro $name, used") };
    }
}

sub S_IFMT  { @_ ? $_[0] & _S_IFMT() : _S_IFMT() }
sub S_IMODE { $_[0] & 07777 }
sub S_ISREG  { ($_[0] & _S_IFMT()) == S_IFREG() }
sub S_ISDIR  { ($_[0] & _S_IFMT()) == S_IFDIR() }
sub S_ISLNK  { ($_[0] & _S_IFMT()) == S_IFLNK() }
sub S_ISSOCK { ($_[0] & _S_IFMT()) == S_IFSOCK() }
sub S_ISBLK  { ($_[0] & _S_IFMT()) == S_IFBLK() }
sub S_ISCHR  { ($_[0] & _S_IFMT()) == S_IFCHR() }
sub S_ISFIFO { ($_[0] & _S_IFMT()) == S_IFIFO() }
sub S_ISWHT   { '' }    # no whiteout files on Linux
sub S_ISENFMT { '' }

my @mode_funcs = qw(S_ISREG S_ISDIR S_ISLNK S_ISSOCK S_ISBLK S_ISCHR S_ISFIFO S_ISWHT S_ISENFMT S_IFMT S_IMODE);
our @EXPORT = sort grep { $const{$_}[1] eq '' } keys %const;
our @EXPORT_OK = ((sort grep { $const{$_}[1] eq 'ok' } keys %const), @mode_funcs);
our %EXPORT_TAGS = (
    flock => [ grep { exists $const{$_} } qw(LOCK_SH LOCK_EX LOCK_NB LOCK_UN) ],
    seek  => [ grep { exists $const{$_} } qw(SEEK_SET SEEK_CUR SEEK_END) ],
    mode  => [ (grep { exists $const{$_} } qw(S_ISUID S_ISGID S_ISVTX S_ISTXT _S_IFMT S_IFREG
        S_IFDIR S_IFLNK S_IFSOCK S_IFBLK S_IFCHR S_IFIFO S_IFWHT S_ENFMT S_IRUSR S_IWUSR S_IXUSR
        S_IRWXU S_IRGRP S_IWGRP S_IXGRP S_IRWXG S_IROTH S_IWOTH S_IXOTH S_IRWXO S_IREAD S_IWRITE
        S_IEXEC)), @mode_funcs ],
    Fcompat => [ grep { exists $const{$_} } qw(FAPPEND FASYNC FCREAT FDEFER FDSYNC FEXCL
        FLARGEFILE FNDELAY FNONBLOCK FRSYNC FSYNC FTRUNC) ],
);

1;
