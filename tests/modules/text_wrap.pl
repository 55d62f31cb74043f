# Text::Wrap, Text::Tabs, Text::Abbrev.
use strict;
use warnings;
use Text::Wrap qw(wrap fill $columns $huge);
use Text::Tabs;
use Text::Abbrev;
$| = 1;
my $text = "The quick brown fox jumps over the lazy dog. " x 5;
print wrap('', '', $text), "|\n";
print wrap("\t", '', $text), "|\n";
print wrap('  * ', '    ', "short"), "|\n";
print wrap('', '        ', $text), "|\n";
{ local $columns = 20; print wrap('> ', '> ', "Lorem ipsum dolor sit amet, consectetur adipiscing elit"), "|\n"; }
{ local $columns = 10; print wrap('', '', "supercalifragilisticexpialidocious word"), "|\n"; }
{ local $columns = 10; local $huge = 'overflow'; print wrap('', '', "supercalifragilisticexpialidocious word"), "|\n"; }
{ local $columns = 10; local $huge = 'die'; eval { wrap('', '', "supercalifragilisticexpialidocious") }; print "die: ", ($@ =~ /^couldn't wrap/ ? 'yes' : 'no'), "\n"; }
{ local $columns = 30; print wrap('', '', "line one\nline two is a bit longer than thirty chars\n\nafter blank"), "|\n"; }
{ local $columns = 30; print wrap('', '', 'a', 'b ', 'c'), "|\n"; }
{ local $columns = 30; local $Text::Wrap::separator = "<br>\n"; print wrap('', '', $text), "|\n"; }
{ local $columns = 25; local $Text::Wrap::unexpand = 0; print wrap('', "          ", $text), "|\n"; }
{ local $columns = 40; print fill('', '', "para one has words\n  and more words here\n\n  para two starts here and goes on"), "|\n"; }
{ local $columns = 40; print fill('  ', '', "para one has words\n  and more words here\n\n  para two"), "|\n"; }
print wrap('', '', ''), "|", wrap('', '', "   "), "|", wrap('', '', "trailing  "), "|\n";
print expand("a\tb\tc"), "|", expand("12345678\tx"), "|", join('|', expand("\t1", "ab\t")), "\n";
print unexpand("        x"), "|", unexpand("a       b       c"), "|", unexpand("abcdefgh  "), "|", unexpand("x  y"), "\n";
{ local $tabstop = 4; print expand("a\tb"), "|", unexpand("    x"), "\n"; }
my %h = abbrev(qw(list load line));
print join(' ', map { "$_=$h{$_}" } sort keys %h), "\n";
my $r = abbrev(qw(a ab abc));
print join(' ', map { "$_=$r->{$_}" } sort keys %$r), "\n";
abbrev(\my %t, 'go', 'gone');
print join(' ', map { "$_=$t{$_}" } sort keys %t), "\n";
