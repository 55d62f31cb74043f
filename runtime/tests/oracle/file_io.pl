use strict; use warnings;
my $file = "/tmp/caravan_t4_$$.txt";
open(my $fh, '>', $file) or die "Cannot open: $!";
print $fh "line1\nline2\nline3\n";
printf $fh "%s=%d\n", "x", 42;
close($fh);
open($fh, '<', $file) or die;
while (my $line = <$fh>) { chomp $line; print "$.: $line\n"; }
close $fh;
open(FH, "<", $file) or die; my @lines = <FH>; close(FH);
print "count: ", scalar(@lines), " last: $lines[-1]";
open($fh, '>>', $file) or die; print {$fh} "appended\n"; close $fh;
my $all; { open($fh, $file) or die; local $/; $all = <$fh>; close $fh; }
print length($all), "\n";
{ local $/ = undef; }
unlink $file; print -e $file ? "exists\n" : "gone\n";
open(my $nf, '<', '/nonexistent/x') or print "err: $!\n";
my $buf = "";
open(my $mem, '>', \$buf) or die; print $mem "to memory ", 42; close $mem; print "buf=[$buf]\n";
open($mem, '<', \"a\nb\nc\n") or die; my @m = <$mem>; print scalar(@m), "\n";
print STDOUT "to stdout\n";
print STDERR "to stderr\n";
my @out = `echo hello; echo world`; print "bt: ", scalar(@out), " $out[1]";
my $o = `echo hi`; print "bt2: $o";
my $rc = system("exit 3"); print "rc: ", $? >> 8, "\n";
opendir(my $dh, "/tmp") or die; my @f = grep { $_ eq '.' } readdir($dh); closedir $dh; print "dot: @f\n";
print "-d: ", (-d "/tmp" ? 1 : 0), " -f: ", (-f "/etc/passwd" ? 1 : 0), "\n";
mkdir "/tmp/caravan_dir_$$" or die; rmdir "/tmp/caravan_dir_$$" or die; print "dir ok\n";
while (<DATA>) { print "data: $_"; }
print "eof\n";
__DATA__
first
second
