# FindBin: $Bin/$Script for this program.
use strict;
use warnings;
use FindBin qw($Bin $Script $RealBin $RealScript);
use Cwd ();
$| = 1;
print "Script: $Script RealScript: $RealScript\n";
print "Bin is cwd: ", ($Bin eq Cwd::getcwd() ? 1 : 0), " RealBin is cwd: ", ($RealBin eq Cwd::abs_path('.') ? 1 : 0), "\n";
print "Bin absolute: ", ($Bin =~ m{^/} ? 1 : 0), " Dir: ", ($FindBin::Dir eq $Bin ? 1 : 0), "\n";
