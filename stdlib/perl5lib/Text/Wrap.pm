# Caravan's own Text::Wrap: greedy line wrapping at $columns (wrap) and paragraph filling
# (fill), with perl's handling of over-long words ($huge) and tab compression ($unexpand).
package Text::Wrap;
use strict;
use warnings;
no warnings 'once';

require Exporter;
require Text::Tabs;
our @ISA = ('Exporter');
our $VERSION = '2021.0814';
our @EXPORT = qw(wrap fill);
our @EXPORT_OK = qw($columns $break $huge);

our $columns = 76;
our $break = '(?=\s)(?:\r\n|\PM\pM*)';
our $huge = 'wrap';
our $unexpand = 1;
our $tabstop = 8;
our $separator = "\n";
our $separator2 = undef;

sub _tidy {
    my ($s) = @_;
    return $unexpand ? Text::Tabs::unexpand($s) : $s;
}

# Greedy wrapping: each output line takes the longest run of at most $width characters that
# is followed by a break character, a newline run or the end; over-long words follow $huge.
sub wrap {
    my ($first_indent, $rest_indent, @pieces) = map { defined $_ ? $_ : '' } @_;
    local $Text::Tabs::tabstop = $tabstop;
    my $last_piece = @pieces ? pop @pieces : '';
    my $joined = join '', (map { /\s+\z/ ? $_ : "$_ " } @pieces), $last_piece;
    my $text = Text::Tabs::expand($joined);
    my $rest_width = $columns - length(Text::Tabs::expand($rest_indent)) - 1;
    if ($rest_width <= 0 && $rest_indent ne '') {
        my $wider = length(Text::Tabs::expand($rest_indent)) + 2;
        warnings::warnif("Increasing \$Text::Wrap::columns from $columns to $wider to accommodate length of subsequent tab");
        $columns = $wider;
        $rest_width = 1;
    }
    my $width = $columns - length(Text::Tabs::expand($first_indent)) - 1;
    $width = 0 if $width < 0;
    my $indent = $first_indent;
    my $out = '';
    my $line_sep = '';
    my $ending = '';
    my $at = 0;
    while (1) {
        my $left = substr($text, $at);
        if ($left =~ /\A(?:$break)*\Z/) {
            $at += length $&;
            last;
        }
        my ($line, $matched);
        if ($left =~ /\A((?:(?=[^\n])\X){0,$width})($break|\n+|\z)/) {
            ($line, $ending, $matched) = ($1, $2, length $&);
        }
        elsif ($huge eq 'wrap' && $left =~ /\A((?:(?=[^\n])\X){$width})/) {
            ($line, $matched) = ($1, length $&);
            $ending = defined $separator2 ? $separator2 : $separator;
        }
        elsif ($huge eq 'overflow' && $left =~ /\A((?:(?=[^\n])\X)*?)($break|\n+|\z)/) {
            ($line, $ending, $matched) = ($1, $2, length $&);
        }
        elsif ($huge eq 'die') {
            die "couldn't wrap '$text'";
        }
        elsif ($columns < 2) {
            warnings::warnif("Increasing \$Text::Wrap::columns from $columns to 2");
            $columns = 2;
            return ($first_indent, $rest_indent, @pieces);
        }
        else {
            die "This shouldn't happen";
        }
        $out .= _tidy($line_sep . $indent . $line);
        $at += $matched;
        $indent = $rest_indent;
        $width = $rest_width;
        $line_sep = defined $separator2 ? ($ending eq "\n" ? "\n" : $separator2) : $separator;
    }
    $out .= $ending;
    $out .= $indent . substr($text, $at) if $at < length $text;
    return $out;
}

sub fill {
    my ($ip, $xp, @raw) = @_;
    my @paragraphs;
    for my $p (split /\n\s+/, join("\n", @raw)) {
        $p =~ s/\s+/ /g;
        push @paragraphs, wrap($ip, $xp, $p);
    }
    return join($ip eq $xp ? "\n\n" : "\n", @paragraphs);
}

1;
