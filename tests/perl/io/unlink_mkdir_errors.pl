my $d = "$0.dir";
mkdir $d or die; print mkdir($d) ? "mkdir again ok\n" : "mkdir again failed\n";
print rmdir("$d.nope") ? "rmdir ok\n" : "rmdir missing failed\n";
print unlink("$d.nofile") + 0, " files removed\n";
open my $o, '>', "$d/f" or die; close $o;
print rmdir($d) ? "rmdir nonempty ok\n" : "rmdir nonempty failed\n";
unlink "$d/f"; rmdir $d or die; print "cleaned\n";
