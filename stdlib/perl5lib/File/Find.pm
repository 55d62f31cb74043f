# Caravan's own File::Find: walks directory trees calling `wanted` for every entry, with
# $File::Find::name / $File::Find::dir / $_ set as perl's File::Find does (chdir'ing into each
# directory unless no_chdir), plus preprocess, postprocess, bydepth and $File::Find::prune.
package File::Find;
use strict;
use warnings;
no warnings 'once';

require Exporter;
require Cwd;
our @ISA = ('Exporter');
our $VERSION = '1.40';
our @EXPORT = qw(find finddepth);
our ($name, $dir, $prune, $fullname, $topdir, $topdev, $topino, $topmode, $topnlink);
our $dont_use_nlink = 1;

sub _croak { require Carp; Carp::croak(@_) }

sub find {
    my $wanted = shift;
    _find_opt(_wanted_hash($wanted), @_);
}

sub finddepth {
    my $wanted = _wanted_hash(shift);
    $wanted->{bydepth} = 1;
    _find_opt($wanted, @_);
}

sub _wanted_hash {
    my ($wanted) = @_;
    if (ref $wanted eq 'HASH') {
        _croak('no &wanted subroutine given') unless ref $wanted->{wanted} eq 'CODE';
        return { %$wanted };
    }
    _croak('wanted should be a CODE reference or a HASH reference') unless ref $wanted eq 'CODE';
    return { wanted => $wanted };
}

sub _find_opt {
    my ($opt, @tops) = @_;
    my $start = Cwd::getcwd();
    local ($name, $dir, $prune, $fullname);
    local $_;
    for my $top (@tops) {
        my $path = $top;
        $path =~ s{(.)/+\z}{$1} if -d $path;
        my $is_dir = $opt->{follow} || $opt->{follow_fast} ? -d $path : (!-l $path && -d $path);
        if ($is_dir) {
            _walk_top($opt, $path, $start);
        }
        elsif (-e $path || -l $path) {
            my ($parent, $base) = $top =~ m{^(.*/)?([^/]*)\z}s;
            $parent = defined $parent ? $parent : './';
            $dir = $parent;
            $name = $top;
            if ($opt->{no_chdir}) {
                $_ = $top;
                $opt->{wanted}->();
            }
            else {
                if (chdir $parent) {
                    $_ = $base;
                    $opt->{wanted}->();
                    chdir $start;
                }
            }
        }
        else {
            warnings::warnif("Can't stat $top: $!\n") if 0;
            warn "Can't stat $top: $!\n" if $^W;
        }
        chdir $start unless $opt->{no_chdir};
    }
}

sub _walk_top {
    my ($opt, $path, $start) = @_;
    if (!$opt->{no_chdir}) {
        chdir $path or do { warn "Can't cd to $path: $!\n"; return };
    }
    $dir = $path;
    $name = $path;
    $_ = $opt->{no_chdir} ? $path : '.';
    $prune = 0;
    $opt->{wanted}->() unless $opt->{bydepth};
    _walk_dir($opt, $path) unless $prune && !$opt->{bydepth};
    if ($opt->{bydepth}) {
        chdir $start if !$opt->{no_chdir};
        chdir $path if !$opt->{no_chdir};
        $dir = $path;
        $name = $path;
        $_ = $opt->{no_chdir} ? $path : '.';
        $opt->{wanted}->();
    }
}

# Visits the entries of $path; the process is inside $path unless no_chdir.
sub _walk_dir {
    my ($opt, $path) = @_;
    my $dh;
    my $open_path = $opt->{no_chdir} ? $path : '.';
    unless (opendir $dh, $open_path) {
        warn "Can't opendir($path): $!\n";
        return;
    }
    my @entries = grep { $_ ne '.' && $_ ne '..' } readdir $dh;
    closedir $dh;
    if ($opt->{preprocess}) {
        $dir = $path;
        @entries = $opt->{preprocess}->(@entries);
    }
    my $prefix = $path eq '/' ? '/' : "$path/";
    my @subdirs;
    # Like perl's File::Find: plain entries first, then each subdirectory in turn.
    for my $entry (@entries) {
        my $full = "$prefix$entry";
        my $local = $opt->{no_chdir} ? $full : $entry;
        my $is_dir = $opt->{follow} || $opt->{follow_fast} ? -d $local : (!-l $local && -d _);
        if ($is_dir) {
            push @subdirs, $entry;
            next;
        }
        $dir = $path;
        $name = $full;
        $_ = $local;
        $opt->{wanted}->();
    }
    for my $entry (@subdirs) {
        my $full = "$prefix$entry";
        my $local = $opt->{no_chdir} ? $full : $entry;
        $dir = $path;
        $name = $full;
        $_ = $local;
        $prune = 0;
        $opt->{wanted}->() unless $opt->{bydepth};
        if (!$prune || $opt->{bydepth}) {
            if ($opt->{no_chdir}) {
                _walk_dir($opt, $full);
            }
            elsif (chdir $entry) {
                _walk_dir($opt, $full);
                chdir '..';
            }
            else {
                warn "Can't cd to $full: $!\n";
            }
        }
        if ($opt->{bydepth}) {
            $dir = $path;
            $name = $full;
            $_ = $local;
            $opt->{wanted}->();
        }
    }
    if ($opt->{postprocess}) {
        $dir = $path;
        $opt->{postprocess}->();
    }
}

1;
