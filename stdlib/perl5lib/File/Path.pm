# Caravan's own File::Path: create (make_path/mkpath) and remove (remove_tree/rmtree)
# directory trees, with perl's option hashes, verbose lines and error reporting.
package File::Path;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '2.18';
our @EXPORT = qw(mkpath rmtree);
our @EXPORT_OK = qw(make_path remove_tree);

sub _croak { require Carp; Carp::croak(@_) }
sub _carp  { require Carp; Carp::carp(@_) }

sub _is_opts { @_ && ref $_[-1] eq 'HASH' }

sub make_path {
    my $opts = _is_opts(@_) ? pop @_ : {};
    my %arg = (mode => 0777, verbose => 0, %$opts);
    $arg{mode} = delete $arg{chmod} if exists $arg{chmod};
    if ($arg{error}) { ${ $arg{error} } = [] }
    my @created = _mkpath(\%arg, [@_]);
    return wantarray ? @created : scalar @created;
}

sub mkpath {
    my ($paths, $verbose, $mode);
    if (_is_opts(@_)) {
        return make_path(@_);
    }
    if (@_ && ref $_[0] eq 'ARRAY') {
        ($paths, $verbose, $mode) = @_;
    }
    elsif (@_ >= 2 && defined $_[1] && $_[1] =~ /\A\d+\z/ && (@_ == 2 || (@_ == 3 && defined $_[2] && $_[2] =~ /\A\d+\z/))) {
        ($paths, $verbose, $mode) = ([ $_[0] ], $_[1], $_[2]);
    }
    else {
        $paths = [@_];
    }
    my %arg = (verbose => $verbose || 0, mode => defined $mode ? $mode : 0777);
    my @created = _mkpath(\%arg, $paths);
    return wantarray ? @created : scalar @created;
}

sub _mkpath {
    my ($arg, $paths) = @_;
    my @created;
    for my $path (@$paths) {
        next unless defined $path && length $path;
        next if -d $path;
        (my $parent = $path) =~ s{/+[^/]*/*\z}{};
        $parent = '/' if $parent eq '' && $path =~ m{^/};
        if (length $parent && $parent ne $path && !-d $parent) {
            push @created, _mkpath($arg, [$parent]);
        }
        print "mkdir $path\n" if $arg->{verbose};
        if (mkdir($path, $arg->{mode})) {
            push @created, $path;
            next;
        }
        my $err = "$!";
        next if -d $path;
        if ($arg->{error}) {
            push @{ ${ $arg->{error} } }, { $path => $err };
        }
        else {
            _croak("mkdir $path: $err");
        }
    }
    return @created;
}

sub remove_tree {
    my $opts = _is_opts(@_) ? pop @_ : {};
    my %arg = (verbose => 0, safe => 0, %$opts);
    ${ $arg{error} } = [] if $arg{error};
    ${ $arg{result} } = [] if $arg{result};
    return _rmtree(\%arg, [@_]);
}

sub rmtree {
    if (_is_opts(@_)) {
        return remove_tree(@_);
    }
    my ($paths, $verbose, $safe) = @_;
    $paths = [$paths] unless ref $paths eq 'ARRAY';
    return _rmtree({ verbose => $verbose || 0, safe => $safe || 0 }, $paths);
}

sub _error {
    my ($arg, $message, $path) = @_;
    if ($arg->{error}) {
        push @{ ${ $arg->{error} } }, { (defined $path ? $path : '') => $message };
    }
    else {
        _carp(defined $path ? "$message for $path: $!" : $message);
    }
}

# Removes each path; $shown names it in verbose lines and results (perl's File::Path works
# inside each directory, so it reports entries below the top by their own names).
sub _rmtree {
    my ($arg, $paths, $depth, $names) = @_;
    my $count = 0;
    for my $i (0 .. $#$paths) {
        my $root = $paths->[$i];
        next unless defined $root && length $root;
        $root =~ s{/+\z}{} unless $root =~ m{^/+\z};
        my $shown = $names ? $names->[$i] : $root;
        if (!-l $root && -d _) {
            my $dh;
            if (!opendir($dh, $root)) {
                _error($arg, 'cannot opendir', $root);
                next;
            }
            my @entries = grep { $_ ne '.' && $_ ne '..' } readdir $dh;
            closedir $dh;
            my $prefix = $root eq '/' ? '/' : "$root/";
            $count += _rmtree($arg, [ map { "$prefix$_" } @entries ], 1, \@entries);
            next if $arg->{keep_root} && !$depth;
            if (rmdir $root) {
                print "rmdir $shown\n" if $arg->{verbose};
                push @{ ${ $arg->{result} } }, $shown if $arg->{result};
                $count++;
            }
            else {
                _error($arg, 'cannot remove directory', $root);
            }
        }
        elsif (-e $root || -l $root) {
            if (unlink $root) {
                print "unlink $shown\n" if $arg->{verbose};
                push @{ ${ $arg->{result} } }, $shown if $arg->{result};
                $count++;
            }
            else {
                _error($arg, 'cannot unlink file', $root);
            }
        }
    }
    return $count;
}

1;
