# File::Find over random trees (fixed seed) with random options; entries sorted by preprocess.
use strict;
use warnings;
use File::Find;
use Cwd qw(getcwd);
$| = 1;
srand(2468);
sub pick { $_[ int rand @_ ] }
my $base = "/tmp/caravan_modtest_ffz_$$";
mkdir $base or die;
chdir $base or die;
sub make_tree {
    my ($dir, $depth) = @_;
    mkdir $dir or die "$dir: $!";
    for my $i (1 .. int rand 4) {
        my $name = pick('a', 'b', 'c', 'd.txt', 'e.pl', '.hidden', 'z z');
        my $path = "$dir/$name$i";
        if ($depth < 3 && rand() < 0.4) { make_tree($path, $depth + 1) }
        elsif (rand() < 0.15) { symlink('..', $path) }
        else { open my $fh, '>', $path or die; close $fh }
    }
}
sub rel { my $c = getcwd(); $c =~ s/^\Q$base\E/BASE/; $c }
for my $case (1 .. 12) {
    my $root = "t$case";
    make_tree($root, 0);
    my %opt = (preprocess => sub { sort @_ });
    $opt{no_chdir} = 1 if rand() < 0.5;
    $opt{bydepth} = 1 if rand() < 0.3;
    my $prune_name = pick('a', 'b', 'none');
    $opt{postprocess} = sub { print "  post $File::Find::dir\n" } if rand() < 0.3;
    $opt{wanted} = sub {
        print "  $File::Find::name dir=$File::Find::dir _=$_ cwd=", rel(), (-d $_ ? ' [d]' : ''), (-l $_ ? ' [l]' : ''), "\n";
        $File::Find::prune = 1 if $_ =~ /^\Q$prune_name\E\d$/;
    };
    print "case $case: ", join(',', map { "$_=" . (ref $opt{$_} ? 'sub' : $opt{$_}) } sort keys %opt), " prune=$prune_name\n";
    my @tops = (pick($root, "$root/", "./$root"));
    push @tops, $root if rand() < 0.2;
    find(\%opt, @tops);
    print "  back in ", rel(), "\n";
}
chdir '/';
system 'rm', '-rf', $base;
