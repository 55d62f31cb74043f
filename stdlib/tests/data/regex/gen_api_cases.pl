#!/usr/bin/perl
# Generates api_cases.tsv: expected results of split, m//g, s///g and qr stringification
# straight from perl, for stdlib/tests/regex_api.rs. Run: perl gen_api_cases.pl > api_cases.tsv
use strict;
use warnings;

sub esc {
    my ($s) = @_;
    return '<undef>' unless defined $s;
    $s =~ s/([\\|\t\n\x00-\x1f\x7f-\xff])/sprintf("\\x%02x", ord $1)/ge;
    return $s;
}

my @split = (
    ['', '', 'abc', 0], [',', '', 'a,b,,c,,', 0], [',', '', 'a,b,,c,,', -1], [',', '', 'a,b,,c,,', 2],
    ['(,)', '', 'a,b,c', 0], ['(-)|(,)', '', 'a-b,c', 0], ['x*', '', 'axxb', 0], ['b*', '', 'abbbc', 0],
    ['^', '', "a\nb\nc\n", 0], [',', '', '', 0], [',', '', ',a', 0], ['', '', 'abc', 2],
    ['\s*', '', ' a b', 0], ['(a)|b', '', 'xayb', 0], ['', '', 'ab', -1], [',', '', 'a,b,c,,,', 4],
    ['(?=b)', '', 'abab', 0], ['a\K', '', 'aaa', 0], ['a\Kb', '', 'xabyabz', 0], ['\b', '', 'hi there', 0], ['a', 'i', 'xAyaz', 0], [',', '', ',', -1],
);
for my $c (@split) {
    my ($pat, $flags, $str, $limit) = @$c;
    my $re = $flags ? qr/(?$flags)$pat/ : qr/$pat/;
    my @f = $pat eq '^' ? split(/^/, $str, $limit) : split($re, $str, $limit);
    print join("\t", 'split', esc($pat), $flags, esc($str), $limit, join('|', map { esc($_) } @f)), "\n";
}
for my $c ([' a b  c ', 0], ["\t x\ny ", 0], ['a b ', -1], ['  a  b  c', 2], ['', 0]) {
    my ($str, $limit) = @$c;
    my @f = split(' ', $str, $limit);
    print join("\t", 'awk', '', '', esc($str), $limit, join('|', map { esc($_) } @f)), "\n";
}

my @gmatch = (['a*?', 'aaa'], ['x*', 'abc'], ['a|', 'aab'], ['\b', 'ab cd'], ['(?=a)|a', 'aa'], ['', 'ab'],
    ['a*', 'baaac'], ['a\K', 'aaa'], ['a*\K', 'aab'], ['^', "a\nb"], ['.', "a\x{e9}b"]);
for my $c (@gmatch) {
    my ($pat, $str) = @$c;
    my @pos;
    while ($str =~ /$pat/g) { push @pos, "$-[0]-$+[0]" }
    print join("\t", 'gmatch', esc($pat), '', esc($str), 0, join(',', @pos)), "\n";
}

my @subst = (['x*', 'abc', 1], ['a*?', 'aaa', 1], ['b', 'abcb', 0], ['b', 'abcb', 1], ['', 'ab', 1],
    ['a|', 'aab', 1], ['\s+', ' a  b ', 1], ['(?<=a)', 'aXa', 1]);
for my $c (@subst) {
    my ($pat, $str, $g) = @$c;
    my $orig = $str;
    my $n = $g ? ($str =~ s/$pat/<$&>/g) : ($str =~ s/$pat/<$&>/);
    print join("\t", 'subst', esc($pat), $g ? 'g' : '', esc($orig), $n || 0, esc($str)), "\n";
}

for my $c (['abc', 'i'], ['x', ''], ['x', 'msixpn'], ['x', 'u'], ['x', 'a'], ['x', 'aa'], ['x', 'l'],
    ['x', 'xx'], ['x', 'ixxu'], ['x', 'pai'], ['x', 'nxxsmi'], ['a #c', 'x'], ['x', 'd']) {
    my ($pat, $flags) = @$c;
    my $qr = eval "qr/\$pat/$flags" or die $@;
    print join("\t", 'qr', esc($pat), $flags, '', 0, esc("$qr")), "\n";
}
