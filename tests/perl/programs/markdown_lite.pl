#!/usr/bin/perl
# Converts a subset of Markdown to HTML: headers, lists, code blocks, emphasis, links, paragraphs.
use strict;
use warnings;

sub inline {
    my $t = shift;
    $t =~ s/&/&amp;/g;
    $t =~ s/</&lt;/g;
    $t =~ s/>/&gt;/g;
    $t =~ s/`([^`]+)`/<code>$1<\/code>/g;
    $t =~ s/\*\*(.+?)\*\*/<strong>$1<\/strong>/g;
    $t =~ s/\*(.+?)\*/<em>$1<\/em>/g;
    $t =~ s/\[([^\]]+)\]\(([^)]+)\)/<a href="$2">$1<\/a>/g;
    return $t;
}

my @html;
my ($in_list, $in_code, @para) = (0, 0);
sub flush_para { if (@para) { push @html, "<p>" . inline(join(" ", @para)) . "</p>"; @para = () } }
sub close_list { if ($in_list) { push @html, $in_list eq 'ul' ? "</ul>" : "</ol>"; $in_list = 0 } }

while (my $line = <DATA>) {
    chomp $line;
    if ($line =~ /^```/) {
        if ($in_code) { push @html, "</code></pre>"; $in_code = 0 }
        else { flush_para(); close_list(); push @html, "<pre><code>"; $in_code = 1 }
        next;
    }
    if ($in_code) { (my $esc = $line) =~ s/</&lt;/g; push @html, $esc; next }
    if ($line =~ /^(#{1,6})\s+(.*)$/) {
        flush_para(); close_list();
        my $lvl = length $1;
        (my $id = lc $2) =~ s/\W+/-/g;
        push @html, "<h$lvl id=\"$id\">" . inline($2) . "</h$lvl>";
    } elsif ($line =~ /^\s*[-*]\s+(.*)$/) {
        flush_para();
        if ($in_list ne 'ul') { close_list(); push @html, "<ul>"; $in_list = 'ul' }
        push @html, "  <li>" . inline($1) . "</li>";
    } elsif ($line =~ /^\s*\d+\.\s+(.*)$/) {
        flush_para();
        if ($in_list ne 'ol') { close_list(); push @html, "<ol>"; $in_list = 'ol' }
        push @html, "  <li>" . inline($1) . "</li>";
    } elsif ($line =~ /^\s*$/) {
        flush_para(); close_list();
    } elsif ($line =~ /^---+$/) {
        flush_para(); close_list(); push @html, "<hr/>";
    } else {
        close_list();
        push @para, $line;
    }
}
flush_para(); close_list();
print "$_\n" for @html;
printf "<!-- %d lines of html -->\n", scalar @html;
__DATA__
# Caravan *notes*

Caravan runs **Perl** scripts. See [the docs](http://example.org/docs)
for details & more.

## Features
- fast `pmap`
- runs *everywhere*
1. first
2. second

```
my $x = <STDIN>;
```
---
Last paragraph with a <tag> and `code`.
