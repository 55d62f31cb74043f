# Randomised (fixed seed) comparisons: Getopt::Long, Text::Wrap, Text::ParseWords,
# File::Spec, File::Basename, POSIX strtol/strtod, Time::Local, List::Util uniq*.
use strict;
use warnings;
use Getopt::Long qw(GetOptionsFromArray);
use Text::Wrap qw(wrap fill);
use Text::ParseWords qw(shellwords quotewords parse_line);
use File::Spec;
use File::Basename qw(fileparse basename dirname);
use POSIX ();
use Time::Local qw(timegm timegm_nocheck);
use List::Util qw(uniqnum uniq uniqint);
$| = 1;
srand(777);
sub pick { $_[ int rand @_ ] }
$SIG{__WARN__} = sub { print "W: $_[0]" };

print "== Getopt::Long\n";
my @tokens = qw(--name -n --num --num=3 --list -l --flag --noflag --no-flag -v -vv --v --count=2 -- - foo bar 12 -3 x=1 --def --def=a=b --x --na --nu --fl --help -h);
for my $cfg ([], ['bundling'], ['pass_through'], ['no_ignore_case'], ['require_order'], ['gnu_getopt']) {
    Getopt::Long::Configure('default', @$cfg);
    for (1 .. 25) {
        my @args = map { pick(@tokens) } 1 .. 1 + int rand 5;
        my %h;
        my @copy = @args;
        my $ok = eval { GetOptionsFromArray(\@copy, \%h, 'name|n=s', 'num=i', 'list|l=s@', 'flag!', 'v+', 'count:i', 'def=s%', 'help|h') };
        print "[@$cfg] [@args] ok=", (defined $ok ? ($ok ? 1 : 0) : "died: $@"), " ",
            join(',', map { my $v = $h{$_}; "$_=" . (ref $v eq 'ARRAY' ? "[@$v]" : ref $v eq 'HASH' ? '{' . join(';', map { "$_:$v->{$_}" } sort keys %$v) . '}' : $v) } sort keys %h),
            " rest=[@copy]\n";
    }
}
Getopt::Long::Configure('default');

print "== Text::Wrap\n";
my @words = qw(a an the quick brown fox jumps over lazy dog supercalifragilistic x y antidisestablishmentarianism);
for (1 .. 30) {
    my $text = join(pick(' ', '  ', "\n", "\t", ' '), map { pick(@words) } 1 .. int rand 25);
    local $Text::Wrap::columns = 8 + int rand 40;
    local $Text::Wrap::huge = pick('wrap', 'overflow');
    my $ip = pick('', '  ', "\t", '> ');
    my $xp = pick('', '    ', '  ');
    print "cols=$Text::Wrap::columns huge=$Text::Wrap::huge\n", wrap($ip, $xp, $text), "|\n";
    print fill($ip, $xp, $text), "|\n";
}

print "== Text::ParseWords\n";
my @pieces = ('a', 'b c', '"', "'", '\\', ' ', ',', 'x"y"', "'q'", '\\"', '  ', 'z');
for (1 .. 40) {
    my $line = join '', map { pick(@pieces) } 1 .. int rand 8;
    my @sw = shellwords($line);
    my @qw = quotewords(',', 1, $line);
    my @pl = parse_line('\s+', 'delimiters', $line);
    print "[$line] sw=(", join('|', map { $_ // 'U' } @sw), ") qw=(", join('|', map { $_ // 'U' } @qw), ") pl=(", join('|', map { $_ // 'U' } @pl), ")\n";
}

print "== File::Spec / File::Basename\n";
my @parts = ('a', 'b', '.', '..', '', 'c.txt', 'd.tar.gz', '.hidden');
for (1 .. 40) {
    my $path = (rand() < 0.5 ? '/' : '') . join(pick('/', '//'), map { pick(@parts) } 1 .. int rand 5) . (rand() < 0.2 ? '/' : '');
    my $base = '/' . join('/', map { pick('a', 'b', 'x', '..') } 1 .. int rand 4);
    my @fp = fileparse($path, qr/\.[^.]*/);
    print "[$path] canon=", File::Spec->canonpath($path), " catfile=", File::Spec->catfile('r', $path), " split=(", join('|', File::Spec->splitdir($path)), ")",
        " fileparse=(", join('|', @fp), ") base=", basename($path), " dir=", dirname($path),
        " abs2rel($base)=", File::Spec->abs2rel(File::Spec->rel2abs($path, '/w'), $base), "\n";
}

print "== POSIX strtol/strtod\n";
my @chars = ('0', '1', '7', '9', 'a', 'f', 'x', 'X', '-', '+', ' ', '.', 'e', 'z', '8');
for (1 .. 40) {
    my $str = join '', map { pick(@chars) } 1 .. int rand 7;
    my $base = pick(0, 2, 8, 10, 16, 36);
    my @l = POSIX::strtol($str, $base);
    my @d = POSIX::strtod($str);
    print "[$str] strtol($base)=(@l) strtod=(@d)\n";
}

print "== Time::Local\n";
for (1 .. 40) {
    my @t = (int rand 61, int rand 61, int rand 25, int rand 33, int rand 13, pick(70, 99, 100, 1969, 1970, 2000, 2024, 2038, 1900, 2100));
    my $r = eval { timegm(@t) };
    my $n = eval { timegm_nocheck(@t) };
    (my $e = $@) =~ s/ at .*//s;
    print "(@t) => ", defined $r ? $r : "error: $e", " nocheck=", defined $n ? $n : 'undef', "\n";
}

print "== List::Util uniq\n";
my @nums = (0, 1, '1', '1.0', 1.5, '1.50', -0.0, '0e0', 3, '03', '3.', 1e3, '1000', 'abc', '', 2**53, 2**53 + 1, -1, '-1');
for (1 .. 20) {
    my @list = map { pick(@nums) } 1 .. int rand 8;
    no warnings;
    print "(@list) num=(", join(' ', uniqnum(@list)), ") str=(", join(' ', uniq(@list)), ") int=(", join(' ', uniqint(@list)), ")\n";
}
