# Caravan's own File::stat: stat/lstat returning objects with named accessors (dev ino
# mode nlink uid gid rdev size atime mtime ctime blksize blocks), and :FIELDS variables.
package File::stat;
use strict;
use warnings;
no strict 'refs';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.12';
my @fields = qw(dev ino mode nlink uid gid rdev size atime mtime ctime blksize blocks);
our @EXPORT = qw(stat lstat);
our @EXPORT_OK = ((map { "\$st_$_" } @fields), 'stat_cando');
our %EXPORT_TAGS = (FIELDS => [ (map { "\$st_$_" } @fields), @EXPORT ]);
our ($st_dev, $st_ino, $st_mode, $st_nlink, $st_uid, $st_gid, $st_rdev, $st_size, $st_atime,
    $st_mtime, $st_ctime, $st_blksize, $st_blocks);

for my $i (0 .. $#fields) {
    my $name = $fields[$i];
    *{$name} = sub { $_[0][$i] };
}

sub populate {
    return unless @_;
    my $st = bless [@_], 'File::stat';
    for my $i (0 .. $#fields) { ${"File::stat::st_$fields[$i]"} = $_[$i] }
    return $st;
}

sub _handle {
    my ($arg) = @_;
    return $arg if ref $arg || ref(\$arg) eq 'GLOB';
    my $pkg = caller(1);
    no strict 'refs';
    return undef if $arg =~ m{/} || $arg eq '';
    my $glob = \*{ $arg =~ /::/ ? $arg : "${pkg}::$arg" };
    return defined fileno($glob) ? $glob : undef;
}

sub lstat ($) {
    my $arg = shift;
    return populate(CORE::lstat($arg));
}

sub stat ($) {
    my $arg = shift;
    my $fh = _handle($arg);
    return populate(defined $fh ? CORE::stat($fh) : CORE::stat($arg));
}

sub stat_cando {
    my ($st, $mode, $eff) = @_;
    my $uid = $eff ? $> : $<;
    return 1 if $uid == 0 && !($mode & 0111);
    my $perm = $st->mode & 07777;
    return ($perm & $mode) ? 1 : '' if $uid == 0;
    if ($st->uid == $uid) { return ($perm & ($mode << 0)) ? 1 : '' }
    my @groups = split ' ', $eff ? $) : $(;
    if (grep { $_ == $st->gid } @groups) { return ($perm & ($mode >> 3)) ? 1 : '' }
    return ($perm & ($mode >> 6)) ? 1 : '';
}

1;
