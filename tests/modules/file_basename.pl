# File::Basename: fileparse/basename/dirname on many path shapes.
use strict;
use warnings;
use File::Basename;
$| = 1;
my @paths = ('/usr/lib/perl5/File.pm', 'File.pm', '/usr/lib/', '/', '', 'a/b/c/', 'a//b', './x', '../up.tar.gz',
    '/a/b/.hidden', 'noext', 'dir/', '//', '///a', 'a.b.c', '.', '..', '/a/./b/', 'a/b.txt/');
for my $p (@paths) {
    my @f = fileparse($p);
    my @s = fileparse($p, qr/\.[^.]*/);
    my @m = fileparse($p, '.pm', '.gz', '\.tar');
    print "'$p': fileparse=(", join('|', @f), ") qr=(", join('|', @s), ") multi=(", join('|', @m), ") basename='",
        basename($p), "' basename(.pm)='", basename($p, '.pm'), "' dirname='", dirname($p), "'\n";
}
print scalar(fileparse('/a/b.c', '.c')), "\n";
print basename('/x/.pm', '.pm'), " ", basename('a.pm.pm', '.pm'), " ", basename('/a/b.TXT', '.txt'), "\n";
print join('|', fileparse('/tmp/file.tar.gz', qr/\.tar\.gz/, qr/\.gz/)), "\n";
print join('|', fileparse('x.txt', '.t.t')), "\n";
print fileparse_set_fstype(), "\n";
eval { fileparse(undef) }; print "undef: ", $@ =~ /^fileparse\(\): need a valid pathname/ ? 'croaked' : $@, "\n";
