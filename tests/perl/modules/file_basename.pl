use File::Basename qw(basename dirname fileparse);
for my $p ("/usr/local/lib/perl5/Foo.pm", "relative/path.txt", "file", "/trailing/slash/", "/") {
    printf "%-28s base=%-10s dir=%s\n", $p, basename($p), dirname($p);
}
my ($n, $d, $s) = fileparse("/tmp/archive.tar.gz", qr/\.[^.]*/); print "$n | $d | $s\n";
($n, $d, $s) = fileparse("/tmp/archive.tar.gz", ".tar.gz", ".gz"); print "$n | $d | $s\n";
print basename("/a/b/c.txt", ".txt"), "\n";
