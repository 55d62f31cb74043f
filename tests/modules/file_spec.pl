# File::Spec and File::Spec::Functions (Unix).
use strict;
use warnings;
use File::Spec;
use File::Spec::Functions qw(:ALL);
$| = 1;
for my $p ('/a/b/../c', 'a//b///c/', './a/./b/.', '/../x', '/..', '/./', '.', './', '', 'a/.', '///', 'a/..', '/a/./../b', '././x') {
    print "canonpath('$p') = '", File::Spec->canonpath($p), "'\n";
}
print File::Spec->catdir('a', 'b', 'c'), " ", File::Spec->catdir('/a/', '/b/'), " ", File::Spec->catdir(), "|", File::Spec->catdir(''), "|", File::Spec->catdir('', 'x'), "\n";
print File::Spec->catfile('a', 'b', 'c.txt'), " ", File::Spec->catfile('c.txt'), " ", File::Spec->catfile('/', 'x'), " ", File::Spec->catfile('', 'x'), " ", File::Spec->catfile('a/', './b'), "\n";
print join('|', File::Spec->splitdir('/a/b//c/')), "\n";
print join('|', File::Spec->splitdir('')), "|", scalar(my @e = File::Spec->splitdir('')), "\n";
for my $p ('/a/b/c.txt', 'c.txt', '/a/b/', '/a/b/..', 'a/.', '') {
    print "splitpath('$p') = (", join('|', File::Spec->splitpath($p)), ") nofile=(", join('|', File::Spec->splitpath($p, 1)), ")\n";
}
print File::Spec->catpath('', '/a/b', 'f'), " ", File::Spec->catpath('', '/a/b/', 'f'), " ", File::Spec->catpath('', '', 'f'), " ", File::Spec->catpath('', 'd', ''), "\n";
print join(' ', File::Spec->curdir, File::Spec->updir, File::Spec->rootdir, File::Spec->devnull, File::Spec->case_tolerant), "\n";
print join(' ', map { File::Spec->file_name_is_absolute($_) ? 1 : 0 } '/a', 'a', './a', '', '//x'), "\n";
print join(' ', File::Spec->no_upwards('.', '..', 'a', '.b', '...', '..c')), "\n";
for my $c (['/a/b/c', '/a/b'], ['/a/b/c', '/a/x/y'], ['/a', '/a'], ['/', '/a/b'], ['/a/b', '/'], ['a/b', 'a'], ['a', 'a/b/c'], ['/a/b/../c', '/a'], ['/x/y', '/a/../b']) {
    print "abs2rel(@$c) = ", File::Spec->abs2rel(@$c), "\n";
}
for my $c (['a/b', '/base'], ['/abs', '/base'], ['../x', '/base/dir'], ['.', '/base'], ['a', 'rel']) {
    my $r = File::Spec->rel2abs(@$c);
    $r =~ s/^\Q@{[Cwd::getcwd()]}\E/CWD/ if $c->[1] eq 'rel';
    print "rel2abs(@$c) = $r\n";
}
{
    local $ENV{PATH} = '/bin::/usr/bin:';
    print join('|', File::Spec->path), "\n";
}
print canonpath('/a//b/'), " ", catdir('x', 'y'), " ", catfile('x', 'y', 'z'), " ", curdir(), updir(), rootdir(), " ", join(',', no_upwards('.', 'q')),
    " ", (file_name_is_absolute('/q') ? 1 : 0), " ", join('|', splitdir('a/b')), " ", join('|', splitpath('/d/f')), " ", catpath('', 'd', 'f'),
    " ", abs2rel('/a/b', '/a'), " ", rel2abs('b', '/a'), " ", devnull(), " ", case_tolerant(), "\n";
print File::Spec->join('a', 'b'), " ", (File::Spec->tmpdir ne '' ? 'tmpdir ok' : 'no tmpdir'), " ", ref(\&File::Spec::Functions::catfile), "\n";
