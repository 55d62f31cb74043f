# Caravan's own File::Copy: copy and move files (names or handles); copying into a
# directory keeps the file's base name; cp also copies the permission bits.
package File::Copy;
use strict;
use warnings;
no warnings 'once';

require Exporter;
require File::Basename;
require File::Spec;
our @ISA = ('Exporter');
our $VERSION = '2.39';
our @EXPORT = qw(copy move);
our @EXPORT_OK = qw(cp mv);
our $Too_Big = 1024 * 1024 * 2;

sub _croak { require Carp; Carp::croak(@_) }
sub _carp  { require Carp; Carp::carp(@_) }

sub _is_handle {
    my ($x) = @_;
    return 0 unless defined $x;
    return 1 if ref(\$x) eq 'GLOB';
    my $type = ref $x ? Internals::Caravan::reftype($x) : '';
    return $type eq 'GLOB' || $type eq 'IO';
}

sub _target {
    my ($from, $to) = @_;
    if (!_is_handle($to) && -d $to && !_is_handle($from)) {
        return File::Spec->catfile($to, File::Basename::basename($from));
    }
    return $to;
}

sub _same_file {
    my ($from, $to) = @_;
    return 0 if _is_handle($from) || _is_handle($to);
    my @f = stat $from;
    my @t = stat $to;
    return @f && @t && $f[0] == $t[0] && $f[1] == $t[1];
}

sub copy {
    _croak('Usage: copy(FROM, TO [, BUFFERSIZE]) ') unless @_ == 2 || @_ == 3;
    my ($from, $to, $size) = @_;
    $to = _target($from, $to);
    if (_same_file($from, $to)) {
        _carp("'$from' and '$to' are identical (not copied)");
        return 0;
    }
    my ($in, $out, $close_in, $close_out);
    if (_is_handle($from)) {
        $in = $from;
    }
    else {
        open($in, '<', $from) or return 0;
        $close_in = 1;
    }
    binmode $in;
    if (_is_handle($to)) {
        $out = $to;
    }
    else {
        unless (open($out, '>', $to)) {
            close $in if $close_in;
            return 0;
        }
        $close_out = 1;
    }
    binmode $out;
    $size = 1024 * 1024 unless defined $size && $size > 0;
    my $ok = 1;
    while (1) {
        my $got = sysread($in, my $buf, $size);
        if (!defined $got) { $ok = 0; last }
        last if $got == 0;
        my $off = 0;
        while ($off < $got) {
            my $written = syswrite($out, $buf, $got - $off, $off);
            if (!defined $written) { $ok = 0; last }
            $off += $written;
        }
        last unless $ok;
    }
    if ($close_out) { close($out) or $ok = 0 }
    close $in if $close_in;
    if (!$ok && $close_out) {
        my $err = $!;
        unlink $to;
        $! = $err;
    }
    return $ok ? 1 : 0;
}

sub cp {
    my ($from, $to) = @_;
    my $target = _target($from, $to);
    my $ok = copy($from, $to) or return 0;
    if (!_is_handle($from) && !_is_handle($target)) {
        my $mode = (stat $from)[2];
        chmod($mode & 07777 & ~umask(), $target) if defined $mode;
    }
    return $ok;
}

sub move {
    _croak('Usage: move(FROM, TO) ') unless @_ == 2;
    my ($from, $to) = @_;
    my $target = _target($from, $to);
    return 1 if rename $from, $target;
    my $ok = copy($from, $target);
    if ($ok && unlink $from) {
        return 1;
    }
    my $err = $!;
    unlink $target if $ok;
    $! = $err;
    return 0;
}

*mv = \&move;

1;
