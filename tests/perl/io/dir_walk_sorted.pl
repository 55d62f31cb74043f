my $root = "$0.dir";
mkdir $root; mkdir "$root/sub"; mkdir "$root/sub/deeper";
for my $f ("a.txt", "sub/b.txt", "sub/deeper/c.log", "sub/deeper/d.txt") { open my $o, '>', "$root/$f" or die; print $o "x" x length $f; close $o }
sub walk { my $d = shift; opendir my $dh, $d or die; my @e = sort grep { !/^\.\.?$/ } readdir $dh; closedir $dh; my @out; for (@e) { my $p = "$d/$_"; push @out, -d $p ? ("$p/", walk($p)) : $p } @out }
my @all = walk($root);
(my $show = $_) =~ s/^\Q$root\E/ROOT/ for my @copy = @all;
print map { (my $s = $_) =~ s/^\Q$root\E/ROOT/; "$s\n" } @all;
my $total = 0; $total += -s $_ for grep { -f } @all; print "total bytes: $total\n";
unlink grep { -f } @all; rmdir $_ for reverse grep { -d } @all; rmdir $root;
print -e $root ? "left behind\n" : "cleaned up\n";
