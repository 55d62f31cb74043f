# Caravan's own File::Basename (Unix rules): split a path into directory, base name and
# suffix.
package File::Basename;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our @EXPORT = qw(fileparse fileparse_set_fstype basename dirname);
our $VERSION = '2.85';

my $fstype = 'Unix';

sub fileparse_set_fstype {
    my $old = $fstype;
    $fstype = $_[0] if @_;
    return $old;
}

sub fileparse {
    my ($fullname, @suffices) = @_;
    unless (defined $fullname) {
        require Carp;
        Carp::croak('fileparse(): need a valid pathname');
    }
    my ($dirpath, $basename) = $fullname =~ m{^(.*/)?(.*)}s;
    $dirpath = './' unless defined $dirpath && length $dirpath;
    my $tail = '';
    my @parts = ($basename, $dirpath);
    if (@suffices) {
        for my $suffix (@suffices) {
            my $pattern = ref $suffix eq 'Regexp' ? $suffix : "(?:$suffix)";
            if ($basename =~ s/($pattern)\z//s) {
                $tail = $1 . $tail;
            }
        }
    }
    return wantarray ? ($basename, $dirpath, $tail) : $basename;
}

# Trailing slashes do not count ("/a/b/" names b), except for the root itself.
sub _strip_trailing_sep {
    my ($path) = @_;
    $path =~ s{(.)/*\z}{$1}s;
    return $path;
}

sub basename {
    my ($path, @suffixes) = @_;
    $path = _strip_trailing_sep($path);
    my ($basename, $dirname, $suffix) = fileparse($path, map { "\Q$_\E" } @suffixes);
    $basename = $suffix if length $suffix && !length $basename;
    $basename = $dirname unless length $basename;
    return $basename;
}

sub dirname {
    my ($path) = @_;
    my ($basename, $dirname) = fileparse($path);
    $dirname =~ s{(.)/*\z}{$1}s;
    unless (length $basename) {
        ($basename, $dirname) = fileparse($dirname);
        $dirname =~ s{(.)/*\z}{$1}s;
    }
    return $dirname;
}

1;
