my $d = "$0.dir";
mkdir $d or die;
for my $n (qw(b.txt a.txt c.log)) { open my $o, '>', "$d/$n" or die; close $o }
opendir(my $dh, $d) or die;
my @all = sort grep { !/^\./ } readdir($dh);
closedir $dh;
print "@all\n";
opendir($dh, $d) or die; my @txt = sort grep { /\.txt$/ } readdir $dh; closedir $dh;
print "@txt\n";
my @g = sort glob("$d/*.txt"); print scalar(@g), "\n";
unlink map { "$d/$_" } @all; rmdir $d or die "rmdir: $!";
print -d $d ? "left\n" : "cleaned\n";
