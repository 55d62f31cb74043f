# Caravan's own File::Spec::Unix: path manipulation for Unix-style file names. Pure string
# operations, except rel2abs/abs2rel which consult the current directory.
package File::Spec::Unix;
use strict;
use warnings;

our $VERSION = '3.84';

sub canonpath {
    my ($self, $path) = @_;
    return unless defined $path;
    $path =~ s{/{2,}}{/}g;
    $path =~ s{(?:/\.)+(?:/|\z)}{/}g;
    $path =~ s{^(?:\./)+}{}s unless $path eq './';
    $path =~ s{^/(?:\.\./)+}{/};
    $path =~ s{^/\.\.$}{/};
    $path =~ s{/\z}{} unless $path eq '/';
    return $path;
}

sub catdir {
    my $self = shift;
    return '' unless @_;
    return $self->canonpath(join('/', @_, ''));
}

sub catfile {
    my $self = shift;
    my $file = $self->canonpath(pop @_);
    return $file unless @_;
    my $dir = $self->catdir(@_);
    $dir .= '/' unless substr($dir, -1) eq '/';
    return $dir . $file;
}

sub join { my $self = shift; return $self->catfile(@_) }

sub curdir  { '.' }
sub updir   { '..' }
sub rootdir { '/' }
sub devnull { '/dev/null' }
sub case_tolerant { 0 }

my $tmpdir;
sub tmpdir {
    return $tmpdir if defined $tmpdir;
    for my $dir ($ENV{TMPDIR}, '/tmp') {
        next unless defined $dir && -d $dir && -w _;
        $tmpdir = $_[0]->canonpath($dir);
        return $tmpdir;
    }
    $tmpdir = $_[0]->curdir;
    return $tmpdir;
}

sub file_name_is_absolute {
    my ($self, $file) = @_;
    return scalar($file =~ m{^/}s);
}

sub path {
    return () unless exists $ENV{PATH};
    my @path = split /:/, $ENV{PATH};
    for (@path) { $_ = '.' if $_ eq '' }
    return @path;
}

sub splitpath {
    my ($self, $path, $nofile) = @_;
    my ($volume, $directory, $file) = ('', '', '');
    if ($nofile) {
        $directory = $path;
    }
    else {
        $path =~ m{^ ( (?: .* / (?: \.\.?\z )? )? ) ([^/]*) }xs;
        $directory = $1;
        $file = $2;
    }
    return ($volume, $directory, $file);
}

sub splitdir {
    return split m{/}, $_[1], -1;
}

sub catpath {
    my ($self, $volume, $directory, $file) = @_;
    if ($directory ne '' && $file ne '' && substr($directory, -1) ne '/' && substr($file, 0, 1) ne '/') {
        $directory .= "/$file";
    }
    else {
        $directory .= $file;
    }
    return $directory;
}

sub no_upwards {
    my $self = shift;
    return grep { !/^\.{1,2}\z/s } @_;
}

sub _cwd { require Cwd; Cwd::getcwd() }

sub rel2abs {
    my ($self, $path, $base) = @_;
    if (!$self->file_name_is_absolute($path)) {
        if (!defined $base || $base eq '') {
            $base = $self->_cwd();
        }
        elsif (!$self->file_name_is_absolute($base)) {
            $base = $self->rel2abs($base);
        }
        else {
            $base = $self->canonpath($base);
        }
        $path = $self->catdir($base, $path);
    }
    return $self->canonpath($path);
}

sub abs2rel {
    my ($self, $path, $base) = @_;
    $base = $self->_cwd() unless defined $base && length $base;
    ($path, $base) = map { $self->canonpath($_) } $path, $base;
    if (grep { $self->file_name_is_absolute($_) } $path, $base) {
        ($path, $base) = map { $self->rel2abs($_) } $path, $base;
    }
    else {
        ($path, $base) = map { $self->catdir('/', $_) } $path, $base;
    }
    my @pathchunks = $self->splitdir($path);
    my @basechunks = $self->splitdir($base);
    if ($base eq '/') {
        return $self->curdir if $path eq '/';
        shift @pathchunks;
        return $self->canonpath($self->catpath('', $self->catdir(@pathchunks), ''));
    }
    my @common;
    while (@pathchunks && @basechunks && $pathchunks[0] eq $basechunks[0]) {
        push @common, shift @pathchunks;
        shift @basechunks;
    }
    return $self->curdir unless @pathchunks || @basechunks;
    my @reverse_base;
    while (defined(my $dir = shift @basechunks)) {
        if ($dir ne $self->updir) {
            unshift @reverse_base, $self->updir;
            push @common, $dir;
        }
        elsif (@common) {
            if (@reverse_base && $reverse_base[0] eq $self->updir) {
                shift @reverse_base;
                pop @common;
            }
            else {
                unshift @reverse_base, pop @common;
            }
        }
    }
    my $result = $self->catdir(@reverse_base, @pathchunks);
    return $self->canonpath($self->catpath('', $result, ''));
}

1;
