# IO::Handle / IO::File / IO::Seekable, Symbol, SelectSaver, Sys::Hostname.
use strict;
use warnings;
use IO::File;
use IO::Handle;
use Symbol qw(gensym qualify qualify_to_ref);
use SelectSaver;
use Sys::Hostname;
use POSIX ();
$| = 1;
my $file = "/tmp/caravan_modtest_io_$$";
my $fh = IO::File->new($file, 'w') or die "open: $!";
print "class: ", ref($fh), " opened: ", $fh->opened, "\n";
$fh->print("line one\n", "line two\n");
$fh->printf("%s %03d\n", 'num', 7);
$fh->say('said');
$fh->autoflush(1);
$fh->close;
print "closed opened: [", $fh->opened, "]\n";
$fh = IO::File->new($file, 'r') or die;
my $first = $fh->getline;
print "getline: $first";
print "line number: ", $fh->input_line_number, "\n";
my @rest = $fh->getlines;
print "getlines: ", scalar(@rest), " last: $rest[-1]";
print "eof: ", ($fh->eof ? 1 : 0), " tell: ", $fh->tell, "\n";
$fh->seek(0, SEEK_SET);
print "after seek: ", $fh->getline;
eval { my $x = $fh->getlines; }; print "scalar getlines: ", ($@ =~ /^Can't call \$io->getlines in a scalar context/ ? 'croak' : $@), "\n";
$fh->close;
$fh = IO::File->new("< $file") or die;
print "2-arg open: ", $fh->getline;
$fh->close;
$fh = IO::File->new($file, '>>') or die;
$fh->print("appended\n");
$fh->close;
open my $in, '<', $file or die; my @all = <$in>; close $in;
print "lines now: ", scalar(@all), " last: $all[-1]";
print "missing: ", (defined IO::File->new('/nonexistent/dir/file', 'r') ? 'opened' : 'undef'), "\n";
my $io = IO::Handle->new;
print "new handle: ", ref($io), " opened: [", $io->opened, "]\n";
my $out = IO::Handle->new_from_fd(fileno(STDOUT), 'w') or die;
$out->print("via new_from_fd\n");
STDOUT->printflush("printflush\n");
my $prev = STDERR->autoflush(1);
print "autoflush prev defined: ", (defined $prev ? 1 : 0), "\n";
my $sym = gensym;
print "gensym: ", ref($sym), " ", (open($sym, '<', $file) ? 'opened' : 'failed'), "\n";
close $sym;
print join(' ', qualify('foo'), qualify('foo', 'Bar'), qualify('Baz::foo'), qualify('STDIN', 'Bar'), qualify('_', 'Bar'), qualify('^W', 'Bar')) =~ s/([\x00-\x1f])/sprintf('<%d>', ord $1)/ger, "\n";
print ref(qualify_to_ref('x', 'Pkg')), "\n";
{
    open my $buf_fh, '>', \my $buffer or die;
    {
        my $saver = SelectSaver->new($buf_fh);
        print "into buffer\n";
    }
    print "after saver: ", $buffer;
}
my $host = hostname();
print "hostname: ", (length $host ? 'nonempty' : 'empty'), " same as uname: ", ($host eq (POSIX::uname())[1] ? 1 : 0), "\n";
unlink $file;

