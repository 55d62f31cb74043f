# Caravan's own IPC::Open3: runs a command with pipes to its stdin, stdout and stderr
# (stderr joins stdout when no handle is given; "<&FH" / ">&FH" pass an existing handle).
# An exec failure in the child is reported in the parent, as perl's does.
package IPC::Open3;
use strict;
use warnings;
no strict 'refs';

require Exporter;
require Symbol;
our @ISA = ('Exporter');
our $VERSION = '1.22';
our @EXPORT = qw(open3);

sub _croak { require Carp; Carp::croak(@_) }

# The handle named by a caller's argument: a glob/ref as given, or a bareword in $pkg.
sub _handle {
    my ($arg, $pkg) = @_;
    return $arg if ref $arg || ref(\$arg) eq 'GLOB';
    return Symbol::qualify_to_ref($arg, $pkg);
}

sub _open3 {
    my ($func, $pkg, $in, $out, $err, @cmd) = @_;
    _croak("$func(): not enough arguments") unless @cmd;
    my $err_to_out = !defined $err || (!ref $err && $err eq '');
    my %dup;
    for my $slot ([ in => \$in ], [ out => \$out ], [ err => \$err ]) {
        my ($name, $ref) = @$slot;
        next if $name eq 'err' && $err_to_out;
        if (!ref $$ref && defined $$ref && $$ref =~ s/^[<>]&//) {
            $dup{$name} = _handle($$ref, $pkg);
            next;
        }
        $$ref = Symbol::gensym() unless defined $$ref && (ref $$ref || ref(\$$ref) eq 'GLOB' || length $$ref);
        $$ref = _handle($$ref, $pkg);
    }
    my ($kid_in, $kid_out, $kid_err);
    if (!$dup{in})  { pipe($kid_in, $in)   or _croak("$func: pipe: $!") }
    if (!$dup{out}) { pipe($out, $kid_out) or _croak("$func: pipe: $!") }
    if (!$err_to_out && !$dup{err}) { pipe($err, $kid_err) or _croak("$func: pipe: $!") }
    pipe(my $stat_r, my $stat_w) or _croak("$func: pipe: $!");
    my $pid = fork;
    _croak("$func: fork failed: $!") unless defined $pid;
    if (!$pid) {
        close $stat_r;
        close $in if !$dup{in};
        close $out if !$dup{out};
        close $err if !$err_to_out && !$dup{err};
        # (a handle that already is the wanted standard stream is left alone)
        my $redirect = sub {
            my ($std, $mode, $fd, $from) = @_;
            return if defined fileno($from) && fileno($from) == $fd;
            open($std, $mode, $from) or _exit_with($stat_w, $!);
        };
        $redirect->(\*STDIN, '<&', 0, $dup{in} || $kid_in);
        $redirect->(\*STDOUT, '>&', 1, $dup{out} || $kid_out);
        $redirect->(\*STDERR, '>&', 2, $err_to_out ? \*STDOUT : ($dup{err} || $kid_err));
        { no warnings 'exec'; exec @cmd; }
        _exit_with($stat_w, $!);
    }
    close $stat_w;
    close $kid_in if $kid_in;
    close $kid_out if $kid_out;
    close $kid_err if $kid_err;
    close $dup{in} if $dup{in};
    my $errno = do { local $/; <$stat_r> };
    close $stat_r;
    if (defined $errno && length $errno) {
        waitpid $pid, 0;
        $! = $errno + 0;
        _croak("$func: exec of @cmd failed: $!");
    }
    my $old = select $in;
    $| = 1;
    select $old;
    return ($pid, $in, $out, $err);
}

sub _exit_with {
    my ($fh, $errno) = @_;
    print {$fh} $errno + 0;
    close $fh;
    require POSIX;
    POSIX::_exit(255);
}

sub open3 {
    my $pkg = caller;
    my @given = @_[0 .. 1];
    my ($pid, $in, $out) = _open3('open3', $pkg, @_);
    # Undefined handle arguments are filled in with the new pipe ends, as perl's open3 does.
    # (a literal undef argument is read-only: the pipe end is then simply not handed back)
    eval { $_[0] = $in } unless defined $given[0] && length $given[0];
    eval { $_[1] = $out } unless defined $given[1] && length $given[1];
    return $pid;
}

1;
