# File::Find: find/finddepth with chdir and no_chdir, preprocess, postprocess, prune.
use strict;
use warnings;
use File::Find;
use Cwd qw(getcwd);
$| = 1;
my $base = "/tmp/caravan_modtest_find_$$";
mkdir $base or die;
chdir $base or die;
for my $d ('t', 't/a', 't/a/b', 't/c', 't/e') { mkdir $d or die }
for my $f ('t/x.txt', 't/a/y.pl', 't/a/b/z', 't/c/w', 't/0') { open my $fh, '>', $f or die; close $fh }
symlink '../x.txt', 't/c/link';
my $pre = sub { sort @_ };
sub rel { my $c = getcwd(); $c =~ s/^\Q$base\E/BASE/; $c }
find({ wanted => sub { print "W dir=$File::Find::dir _=$_ name=$File::Find::name cwd=", rel(), "\n" }, preprocess => $pre,
    postprocess => sub { print "POST $File::Find::dir\n" } }, 't');
find({ wanted => sub { print "N dir=$File::Find::dir _=$_ name=$File::Find::name\n" }, preprocess => $pre, no_chdir => 1 }, 't/', 't/x.txt');
finddepth({ wanted => sub { print "D $File::Find::name\n" }, preprocess => $pre }, 't');
find({ wanted => sub { print "P $File::Find::name\n"; $File::Find::prune = 1 if $_ eq 'a' }, preprocess => $pre }, 't');
find({ wanted => sub { print "B $File::Find::name\n" }, preprocess => $pre, bydepth => 1 }, 't/c');
find(sub { print "S $_\n" if -f }, "$base/t/a/b");
find({ wanted => sub { print "F $File::Find::name\n" }, preprocess => sub { grep { !/^[ce]$/ } sort @_ } }, 't');
my @found;
find(sub { push @found, $File::Find::name if /\.p[lm]$/ }, 't');
print "found: @found\n";
find({ wanted => sub { print "X $_ ", rel(), "\n" }, no_chdir => 0 }, 't/x.txt', 't/a/b/z');
print "cwd ", rel(), "\n";
chdir '/';
system('rm', '-rf', $base);
