# crypt(3) through the system library; umask reads and sets the process mask.
use strict;
use warnings;
print crypt("secret", "ab"), "\n";
print crypt("password", '$6$saltsalt$'), "\n";
my $h = crypt("pw", "xy");
print "verify: ", (crypt("pw", $h) eq $h ? "match" : "no match"), "\n";
umask 022;    # the harness may start us with another mask
my $old = umask;
printf "umask now %03o\n", umask(027);
printf "umask after %03o\n", umask;
umask $old;
open my $fh, '>', "umask_test.$$" or die;
close $fh;
umask 077;
open $fh, '>', "umask_test2.$$" or die;
close $fh;
printf "modes: %o %o\n", (stat "umask_test.$$")[2] & 0777, (stat "umask_test2.$$")[2] & 0777;
unlink "umask_test.$$", "umask_test2.$$";
