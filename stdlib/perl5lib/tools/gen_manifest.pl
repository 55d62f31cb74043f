#!/usr/bin/perl
# Writes stdlib/perl5lib/MANIFEST: every shipped .pm, one relative path per line, sorted, so
# the runtime can embed the tree (e.g. with include_str! from a build script).
#   perl stdlib/perl5lib/tools/gen_manifest.pl
use strict;
use warnings;
my $root = $0 =~ m{^(.*)/tools/[^/]+$} ? $1 : $0 =~ m{^tools/} ? '.' : die "run as .../tools/gen_manifest.pl\n";
my @files;
my @dirs = ($root);
while (my $dir = shift @dirs) {
    opendir(my $dh, $dir) or die "$dir: $!";
    for my $e (sort grep { !/^\./ } readdir $dh) {
        my $path = "$dir/$e";
        if (-d $path) { push @dirs, $path unless $e eq 'tools' }
        elsif ($e =~ /\.pm$/) { push @files, substr($path, length($root) + 1) }
    }
}
open(my $out, '>', "$root/MANIFEST") or die "MANIFEST: $!";
print {$out} "$_\n" for sort @files;
close $out;
