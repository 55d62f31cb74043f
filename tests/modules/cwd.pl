# Cwd: getcwd/cwd/abs_path/realpath and Cwd::chdir.
use strict;
use warnings;
use Cwd qw(getcwd cwd abs_path realpath fastcwd);
$| = 1;
chdir '/tmp' or die;
print getcwd(), " ", cwd(), " ", fastcwd(), "\n";
print abs_path('.'), " ", abs_path('/tmp/../usr/./bin'), " ", realpath('/usr//lib/..'), " ", abs_path(), "\n";
print defined(abs_path('/no/such/dir/here')) ? 'defined' : 'undef', "\n";
mkdir "/tmp/caravan_cwd_test_$$";
symlink "/tmp/caravan_cwd_test_$$", "/tmp/caravan_cwd_link_$$";
print abs_path("/tmp/caravan_cwd_link_$$") eq "/tmp/caravan_cwd_test_$$" ? "symlink resolved\n" : "symlink not resolved\n";
Cwd::chdir("/tmp/caravan_cwd_link_$$");
print $ENV{PWD} =~ m{^/tmp/caravan_cwd_(test|link)_\d+$} ? "PWD $1\n" : "PWD $ENV{PWD}\n";
chdir '/';
unlink "/tmp/caravan_cwd_link_$$";
rmdir "/tmp/caravan_cwd_test_$$";
print Cwd::getcwd(), "\n";
