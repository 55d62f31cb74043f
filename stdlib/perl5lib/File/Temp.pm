# Caravan's own File::Temp: temporary files and directories with random names from a
# template ("XXXX" replaced), opened exclusively, optionally removed at program exit.
# File::Temp->new objects are filehandles (blessed globs, IO::Handle methods) that stringify to
# their file name; File::Temp->newdir objects stringify to the directory.
package File::Temp;
use strict;
use warnings;

require Exporter;
require File::Spec;
require IO::Handle;
require IO::Seekable;
our @ISA = ('IO::Handle', 'IO::Seekable', 'Exporter');
use overload '""' => 'STRINGIFY', '0+' => 'NUMIFY', fallback => 1;
our $VERSION = '0.2311';
our @EXPORT = qw(tmpnam tmpfile mktemp mkstemp mkstemps mkdtemp SEEK_SET SEEK_CUR SEEK_END);
our @EXPORT_OK = qw(tempfile tempdir tmpnam tmpfile mktemp mkstemp mkstemps mkdtemp unlink0
    cleanup SEEK_SET SEEK_CUR SEEK_END);
our %EXPORT_TAGS = (POSIX => [qw(tmpnam tmpfile)], mktemp => [qw(mktemp mkstemp mkstemps mkdtemp)],
    seekable => [qw(SEEK_SET SEEK_CUR SEEK_END)]);
our $KEEP_ALL = 0;
our $DEBUG = 0;

sub SEEK_SET () { 0 }
sub SEEK_CUR () { 1 }
sub SEEK_END () { 2 }

my @CHARS = ('a' .. 'z', 'A' .. 'Z', '0' .. '9', '_');
my (@files_to_remove, @dirs_to_remove);

sub _croak { require Carp; Carp::croak(@_) }

sub _fill_template {
    my ($template, $suffix) = @_;
    $suffix = '' unless defined $suffix;
    my $path = $template;
    $path =~ s/(X+)\z/join '', map { $CHARS[int rand @CHARS] } 1 .. length $1/e;
    return $path . $suffix;
}

sub _check_template {
    my ($template, $what) = @_;
    _croak("$what: The template must end with at least 4 'X' characters\n") unless $template =~ /XXXX\z/;
}

# O_CREAT|O_EXCL|O_RDWR on Linux.
sub _open_flags () { 64 | 128 | 2 }

sub _create_file {
    my ($template, $suffix) = @_;
    for (1 .. 1000) {
        my $path = _fill_template($template, $suffix);
        my $fh;
        if (sysopen($fh, $path, _open_flags, 0600)) {
            # Created exclusively; the read-write handle callers get is a plain open of it.
            CORE::close($fh);
            open($fh, '+<', $path) or _croak("Error in tempfile() using template $template: Could not open $path: $!");
            return ($fh, $path);
        }
        _croak("Error in tempfile() using template $template: Could not create temp file $path: $!")
            unless -e $path;
    }
    _croak("Error in tempfile() using template $template: tried too many times");
}

sub tempfile {
    my $template = @_ % 2 ? shift : undef;
    my %opt = (DIR => undef, SUFFIX => '', UNLINK => 0, OPEN => 1, TMPDIR => 0, EXLOCK => 0, @_);
    my $dir = $opt{DIR};
    if (defined $template) {
        _check_template($template, "Error in tempfile() using template $template");
        if (defined $dir) {
            $template = File::Spec->catfile($dir, $template);
        }
        elsif ($opt{TMPDIR}) {
            $template = File::Spec->catfile(File::Spec->tmpdir, $template);
        }
    }
    else {
        $dir = File::Spec->tmpdir unless defined $dir;
        $template = File::Spec->catfile($dir, 'XXXXXXXXXX');
    }
    if (!$opt{OPEN}) {
        return (undef, _fill_template($template, $opt{SUFFIX}));
    }
    my ($fh, $path) = _create_file($template, $opt{SUFFIX});
    push @files_to_remove, $path if $opt{UNLINK} && !$KEEP_ALL;
    return wantarray ? ($fh, $path) : $fh;
}

sub tempdir {
    my $template = @_ % 2 ? shift : undef;
    my %opt = (CLEANUP => 0, TMPDIR => 0, DIR => undef, @_);
    if (defined $template) {
        _check_template($template, "Error in tempdir() using $template");
        if (defined $opt{DIR}) {
            $template = File::Spec->catdir($opt{DIR}, $template);
        }
        elsif ($opt{TMPDIR}) {
            $template = File::Spec->catdir(File::Spec->tmpdir, $template);
        }
    }
    else {
        my $dir = defined $opt{DIR} ? $opt{DIR} : File::Spec->tmpdir;
        $template = File::Spec->catdir($dir, 'XXXXXXXXXX');
    }
    for (1 .. 1000) {
        my $path = _fill_template($template);
        if (mkdir($path, 0700)) {
            push @dirs_to_remove, $path if $opt{CLEANUP} && !$KEEP_ALL;
            return $path;
        }
        _croak("Error in tempdir() using $template: Could not create directory $path: $!") unless -e $path;
    }
    _croak("Error in tempdir() using $template: tried too many times");
}

sub mkstemp {
    my ($template) = @_;
    _check_template($template, "Error in tempfile() using template $template");
    my ($fh, $path) = _create_file($template, '');
    return wantarray ? ($fh, $path) : $fh;
}

sub mkstemps {
    my ($template, $suffix) = @_;
    _check_template($template, "Error in tempfile() using template $template");
    my ($fh, $path) = _create_file($template, $suffix);
    return wantarray ? ($fh, $path) : $fh;
}

sub mkdtemp {
    my ($template) = @_;
    _check_template($template, "Error creating temp directory from template $template");
    for (1 .. 1000) {
        my $path = _fill_template($template);
        return $path if mkdir($path, 0700);
    }
    return undef;
}

sub mktemp {
    my ($template) = @_;
    _check_template($template, "Error getting name to temp file from template $template");
    for (1 .. 1000) {
        my $path = _fill_template($template);
        return $path unless -e $path;
    }
    return undef;
}

sub tmpnam {
    my $template = File::Spec->catfile(File::Spec->tmpdir, 'XXXXXXXXXX');
    return wantarray ? _create_file($template, '') : mktemp($template);
}

sub tmpfile {
    my ($fh, $path) = tmpnam();
    unlink $path;
    return $fh;
}

sub unlink0 {
    my ($fh, $path) = @_;
    return unlink($path) ? 1 : 0;
}

sub cleanup {
    require File::Path;
    for my $file (@files_to_remove) { unlink $file if -e $file }
    for my $dir (reverse @dirs_to_remove) { File::Path::rmtree($dir) if -d $dir }
    @files_to_remove = ();
    @dirs_to_remove = ();
}

END { cleanup() }

# Object interface: File::Temp->new / ->newdir. The object is the open handle itself; its
# name and unlink flag live in the glob's hash (%{*$self}).
sub new {
    my $class = shift;
    my %args = @_ % 2 ? (TEMPLATE => @_) : @_;
    my %opt;
    my $template = delete $args{TEMPLATE};
    my $unlink = exists $args{UNLINK} ? delete $args{UNLINK} : 1;
    $opt{$_} = $args{$_} for grep { exists $args{$_} } qw(DIR SUFFIX TMPDIR);
    my ($fh, $path) = tempfile(defined $template ? ($template) : (), %opt, UNLINK => 0);
    my $self = bless $fh, ref $class || $class;
    ${*$self}{filename} = $path;
    ${*$self}{unlink} = $unlink;
    # Also removed at exit, should the object outlive the program's last scope.
    push @files_to_remove, $path if $unlink && !$KEEP_ALL;
    return $self;
}

sub newdir {
    my $class = shift;
    my $template = @_ % 2 ? shift : undef;
    my %opt = @_;
    my $cleanup = exists $opt{CLEANUP} ? delete $opt{CLEANUP} : 1;
    my $dir = tempdir(defined $template ? ($template) : (), %opt, CLEANUP => 0);
    return bless { dirname => $dir, cleanup => $cleanup, pid => $$ }, 'File::Temp::Dir';
}

sub filename   { ${*{ $_[0] }}{filename} }
sub STRINGIFY  { $_[0]->filename }
sub NUMIFY     { require Scalar::Util; Scalar::Util::refaddr($_[0]) }
sub unlink_on_destroy { my $s = shift; ${*$s}{unlink} = shift if @_; ${*$s}{unlink} }

sub DESTROY {
    my ($self) = @_;
    my $name = ${*$self}{filename};
    if (${*$self}{unlink} && !$KEEP_ALL && defined $name) {
        CORE::close($self);
        unlink $name;
    }
}

package File::Temp::Dir;
use overload '""' => 'STRINGIFY', '0+' => \&File::Temp::NUMIFY, fallback => 1;

sub dirname   { $_[0]{dirname} }
sub STRINGIFY { $_[0]->dirname }
sub unlink_on_destroy { my $s = shift; $s->{cleanup} = shift if @_; $s->{cleanup} }

sub DESTROY {
    my ($self) = @_;
    if ($self->{cleanup} && !$File::Temp::KEEP_ALL && -d $self->{dirname}) {
        require File::Path;
        File::Path::rmtree($self->{dirname});
    }
}

1;
