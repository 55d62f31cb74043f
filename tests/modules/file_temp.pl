# File::Temp: tempfile/tempdir names, options, cleanup at exit, object interface.
use strict;
use warnings;
use File::Temp qw(tempfile tempdir mktemp mkstemp);
use File::Spec;
$| = 1;
my $dir = tempdir(CLEANUP => 1);
print "tempdir: ", (-d $dir ? 'dir' : 'missing'), " in tmp: ", ($dir =~ m{^/tmp/[A-Za-z0-9_]{10}$} ? 1 : 0), " mode ", sprintf('%o', (stat $dir)[2] & 0777), "\n";
my ($fh, $name) = tempfile('testXXXXXX', DIR => $dir, SUFFIX => '.txt');
print "tempfile: ", ($name =~ m{^\Q$dir\E/test[A-Za-z0-9_]{6}\.txt$} ? 'name ok' : $name), " ", (-f $name ? 'exists' : 'missing'), " mode ", sprintf('%o', (stat $name)[2] & 0777), "\n";
print $fh "hello\n";
close $fh;
open my $in, '<', $name or die; print "content: ", <$in>; close $in;
my ($fh2, $name2) = tempfile(DIR => $dir);
print "default template: ", ($name2 =~ m{/[A-Za-z0-9_]{10}$} ? 1 : 0), "\n";
my $fh3 = tempfile();
print "scalar tempfile: ", (ref \$fh3 eq 'GLOB' || ref $fh3 ? 'handle' : 'other'), "\n";
my ($fh4, $name4) = tempfile('keepXXXX', TMPDIR => 1, UNLINK => 1);
print "tmpdir option: ", ($name4 =~ m{^/tmp/keep[A-Za-z0-9_]{4}$} ? 1 : 0), "\n";
eval { tempfile('badXXX') }; print "bad template: ", ($@ =~ /^The template must end with at least 4 'X' characters/ ? 'croak' : $@), "\n";
my $sub = tempdir('subXXXXX', DIR => $dir);
print "subdir: ", ($sub =~ m{^\Q$dir\E/sub[A-Za-z0-9_]{5}$} ? 1 : 0), "\n";
my $mk = mktemp("$dir/mkXXXXX");
print "mktemp: ", ($mk =~ m{/mk[A-Za-z0-9_]{5}$} ? 1 : 0), " ", (-e $mk ? 'exists' : 'absent'), "\n";
my ($sfh, $sname) = mkstemp("$dir/msXXXX");
print "mkstemp: ", (-f $sname ? 1 : 0), "\n";
{
    my $obj = File::Temp->new(DIR => $dir, SUFFIX => '.dat');
    my $fname = $obj->filename;
    print "object: ", (-f $fname ? 'exists' : 'missing'), " suffix ", ($fname =~ /\.dat$/ ? 1 : 0), "\n";
    our $objname = $fname;
}
{
    my $d = File::Temp->newdir();
    our $dname = $d->dirname;
    print "newdir: ", (-d $dname ? 1 : 0), "\n";
}
print "newdir destroyed: ", (-e our $dname ? 'still there' : 'removed'), "\n";
if (my $record = $ENV{CARAVAN_TEMP_RECORD}) {    # set by file_temp_check.pl
    open my $rec, '>', $record or die;
    print $rec "$dir\n$name4\n";
    close $rec;
}
{
    my $tmp = File::Temp->new(SUFFIX => '.txt');
    print $tmp "line one\n";
    $tmp->print("line two\n");
    printf $tmp "%s\n", 'line three';
    $tmp->flush;
    print "object string: ", ("$tmp" eq $tmp->filename ? 'filename' : "$tmp"), " size: ", -s "$tmp", " isa handle: ", ($tmp->isa('IO::Handle') ? 1 : 0), "\n";
    seek $tmp, 0, 0;
    my @lines = <$tmp>;
    print "read back: ", scalar(@lines), " lines, last: $lines[-1]";
    $tmp->seek(0, 0);
    my $first = <$tmp>;
    print "after method seek: $first";
    open my $again, '<', "$tmp" or die "reopen: $!";
    print "reopen by name: ", scalar(() = <$again>), " lines\n";
    close $again;
    print "numify: ", ($tmp + 0 > 0 ? 'address' : 'zero'), " unlink flag: ", $tmp->unlink_on_destroy, "\n";
    our $tmpname = "$tmp";
}
{
    my $d = File::Temp->newdir(CLEANUP => 1);
    print "newdir string: ", ("$d" eq $d->dirname ? 'dirname' : "$d"), " is dir: ", (-d "$d" ? 1 : 0), "\n";
    open my $f, '>', "$d/inner.txt" or die; print $f "x"; close $f;
    our $dir2 = "$d";
}
print "newdir with file destroyed: ", (-e our $dir2 ? 'still there' : 'removed'), "\n";
