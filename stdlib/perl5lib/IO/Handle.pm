# Caravan's own IO::Handle: the object interface to file handles (print, getline,
# autoflush, ...) written over perl's built-in I/O functions.
package IO::Handle;
use strict;
use warnings;
no strict 'refs';

require Exporter;
require Symbol;
our @ISA = ('Exporter');
our $VERSION = '1.48';
our @EXPORT_OK = qw(autoflush output_field_separator output_record_separator
    input_record_separator input_line_number format_page_number format_lines_per_page
    format_lines_left format_name format_top_name format_line_break_characters
    format_formfeed format_write print printf say getline getlines printflush flush
    SEEK_SET SEEK_CUR SEEK_END _IOFBF _IOLBF _IONBF);

sub SEEK_SET () { 0 }
sub SEEK_CUR () { 1 }
sub SEEK_END () { 2 }
sub _IOFBF () { 0 }
sub _IOLBF () { 1 }
sub _IONBF () { 2 }

sub _croak { require Carp; Carp::croak(@_) }

sub new {
    my $class = ref($_[0]) || $_[0] || 'IO::Handle';
    _croak("usage: $class->new()") if @_ != 1;
    return bless Symbol::gensym(), $class;
}

sub new_from_fd {
    my $class = ref($_[0]) || $_[0] || 'IO::Handle';
    _croak("usage: $class->new_from_fd(FD, MODE)") if @_ != 3;
    my $io = bless Symbol::gensym(), $class;
    shift;
    $io->fdopen(@_) or return undef;
    return $io;
}

sub _open_mode {
    my ($mode) = @_;
    return '<' if $mode eq 'r';
    return '+<' if $mode eq 'r+';
    return '>' if $mode eq 'w';
    return '+>' if $mode eq 'w+';
    return '>>' if $mode eq 'a';
    return '+>>' if $mode eq 'a+';
    return $mode;
}

sub fdopen {
    my ($io, $fd, $mode) = @_;
    $mode = _open_mode($mode);
    my $fileno = ref $fd || ref(\$fd) eq 'GLOB' ? fileno($fd) : $fd;
    return open($io, "$mode&=", $fileno) ? $io : undef;
}

sub close   { my $io = shift; CORE::close($io) }
sub opened  { defined fileno($_[0]) ? 1 : '' }
sub fileno  { CORE::fileno($_[0]) }
sub getc    { CORE::getc($_[0]) }
sub eof     { CORE::eof($_[0]) }
sub print   { my $io = shift; CORE::print {$io} @_ }
sub printf  { my $io = shift; my $fmt = shift; CORE::printf {$io} $fmt, @_ }
sub say     { my $io = shift; local $\ = "\n"; CORE::print {$io} @_ }
sub truncate { CORE::truncate($_[0], $_[1]) }
sub stat    { CORE::stat($_[0]) }
sub read    { CORE::read($_[0], $_[1], $_[2], $_[3] || 0) }
sub sysread { CORE::sysread($_[0], $_[1], $_[2], $_[3] || 0) }
sub write {
    my ($io, $buf, $len, $off) = @_;
    $len = length $buf unless defined $len;
    CORE::print {$io} substr($buf, $off || 0, $len);
}
sub syswrite {
    my ($io, $buf, $len, $off) = @_;
    $len = length $buf unless defined $len;
    CORE::syswrite($io, $buf, $len, $off || 0);
}
sub binmode { @_ > 1 ? CORE::binmode($_[0], $_[1]) : CORE::binmode($_[0]) }

sub getline {
    _croak('usage: $io->getline()') if @_ != 1;
    my $io = shift;
    return scalar readline($io);
}

sub getlines {
    _croak('usage: $io->getlines()') if @_ != 1;
    _croak('Can\'t call $io->getlines in a scalar context, use $io->getline') unless wantarray;
    my $io = shift;
    return readline($io);
}

sub autoflush {
    my $old = select($_[0]);
    my $prev = $|;
    $| = @_ > 1 ? $_[1] : 1;
    select($old);
    return $prev;
}

sub flush {
    my $old = select($_[0]);
    my $prev = $|;
    $| = 1;
    $| = $prev;
    select($old);
    return '0 but true';
}

sub printflush {
    my $io = shift;
    my $old = select($io);
    my $prev = $|;
    $| = 1;
    my $ret = CORE::print {$io} @_;
    $| = $prev;
    select($old);
    return $ret;
}

# tell() makes the handle perl's "last read" handle, whose line number $. then reports.
sub input_line_number {
    my $io = shift;
    local $.;
    () = CORE::tell($io);
    my $prev = $.;
    $. = shift if @_;
    return $prev;
}

sub error    { 0 }
sub clearerr { 0 }
sub sync     { '0 but true' }
sub untaint  { 0 }
sub blocking { 1 }
sub ungetc   { _croak('IO::Handle::ungetc is not available in Caravan') }

sub output_field_separator  { my $prev = $,; $, = $_[1] if @_ > 1; $prev }
sub output_record_separator { my $prev = $\; $\ = $_[1] if @_ > 1; $prev }
sub input_record_separator  { my $prev = $/; $/ = $_[1] if @_ > 1; $prev }

sub DESTROY { }

1;
