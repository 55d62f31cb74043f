# telldir/seekdir return to a position in a directory listing.
use strict; use warnings;
my $d = "seekdir_test.$$";
mkdir $d or die;
for my $n (qw(a b c)) { open my $o, '>', "$d/$n" or die; close $o }
opendir(my $dh, $d) or die;
my $first = readdir($dh);
my $pos = telldir($dh);
my @rest1 = readdir($dh);
seekdir($dh, $pos);
my @rest2 = readdir($dh);
print "same after seekdir: ", ("@rest1" eq "@rest2" ? "yes" : "no"), " count ", scalar(@rest2), "\n";
rewinddir($dh);
my @all = sort grep { !/^\./ } readdir($dh);
print "@all\n";
closedir($dh);
opendir(DH, $d) or die;
my $p0 = telldir(DH);
my @x = readdir(DH);
seekdir(DH, $p0);
my @y = readdir(DH);
print "bareword: ", scalar(@x) == scalar(@y) ? "ok" : "bad", "\n";
closedir(DH);
unlink glob("$d/*"); rmdir $d;
