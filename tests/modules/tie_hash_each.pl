# each on tied hashes (Tie::StdHash and a restricted hash from Hash::Util): FIRSTKEY/NEXTKEY.
use strict;
use warnings;
use Tie::Hash;
use Hash::Util qw(lock_keys);
$| = 1;
tie my %t, 'Tie::StdHash';
%t = (a => 1, b => 2, c => 3);
my @pairs;
while (my ($k, $v) = each %t) { push @pairs, "$k=$v" }
print "list each: ", join(',', sort @pairs), "\n";
my @keys;
while (defined(my $k = each %t)) { push @keys, $k }
print "scalar each: ", join(',', sort @keys), "\n";
my %h = (x => 1, y => 2);
lock_keys(%h);
my @r;
while (my ($k, $v) = each %h) { push @r, "$k=$v" }
print "restricted each: ", join(',', sort @r), "\n";
