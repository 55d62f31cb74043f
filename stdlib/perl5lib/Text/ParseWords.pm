# Caravan's own Text::ParseWords: split lines into words honouring single and double quotes
# and backslash escapes (shellwords, quotewords, parse_line, nested_quotewords).
package Text::ParseWords;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '3.31';
our @EXPORT = qw(shellwords quotewords nested_quotewords parse_line);
our @EXPORT_OK = qw(old_shellwords);
our $PERL_SINGLE_QUOTE;

# Scans $line left to right. Each step takes a quoted string, or an unquoted run that ends
# at the end of the line, at a delimiter match, or before a quote; a delimiter ends a word.
sub parse_line {
    my ($delimiter, $keep, $line) = @_;
    $keep = '' unless defined $keep;
    my @pieces;
    my $word;
    no warnings 'uninitialized';
    while (length $line) {
        my ($quote, $quoted, $unquoted, $delim) = (undef, undef, '', '');
        my $consumed;
        my $first = substr($line, 0, 1);
        my $close = ($first eq '"' || $first eq "'") ? _closing_quote($line) : -1;
        if ($close > 0) {
            ($quote, $quoted) = ($first, substr($line, 1, $close - 1));
            $consumed = $close + 1;
        }
        else {
            my $i = 0;
            my $len = length $line;
            my $found = 0;
            while (1) {
                if ($i == $len) { $found = 1; last }
                pos($line) = $i;
                if ($line =~ /\G((?:$delimiter))/gc) { $delim = $1; $found = 1; last }
                my $c = substr($line, $i, 1);
                if ($c eq '"' || $c eq "'") {
                    if ($i > 0) { $found = 1; }
                    last;
                }
                if ($c eq '\\') {
                    last if $i + 1 >= $len;
                    $i += 2;
                    next;
                }
                $i++;
            }
            return () unless $found;
            $unquoted = substr($line, 0, $i);
            $consumed = $i + length $delim;
        }
        return () unless defined $quote || length $unquoted || length $delim;
        substr($line, 0, $consumed) = '';
        if ($keep) {
            $quoted = "$quote$quoted$quote" if defined $quote;
        }
        else {
            $unquoted =~ s/\\(.)/$1/sg;
            if (defined $quote) {
                $quoted =~ s/\\(.)/$1/sg if $quote eq '"';
                $quoted =~ s/\\([\\'])/$1/g if $PERL_SINGLE_QUOTE && $quote eq "'";
            }
        }
        $word .= defined $quote ? $quoted : $unquoted;
        if (length $delim) {
            push @pieces, $word;
            push @pieces, $delim if $keep eq 'delimiters';
            undef $word;
        }
        push @pieces, $word unless length $line;
    }
    return @pieces;
}

# Index of the unescaped quote closing the one that opens $line, or -1.
sub _closing_quote {
    my ($line) = @_;
    my $q = substr($line, 0, 1);
    my $i = 1;
    while ($i < length $line) {
        my $c = substr($line, $i, 1);
        return $i if $c eq $q;
        $i += $c eq '\\' ? 2 : 1;
    }
    return -1;
}

sub quotewords {
    my ($delim, $keep, @lines) = @_;
    my @allwords;
    for my $line (@lines) {
        my @words = parse_line($delim, $keep, $line);
        return () unless @words || !length $line;
        push @allwords, @words;
    }
    return @allwords;
}

sub nested_quotewords {
    my ($delim, $keep, @lines) = @_;
    my @allwords;
    for my $i (0 .. $#lines) {
        my @words = parse_line($delim, $keep, $lines[$i]);
        return () unless @words || !length $lines[$i];
        push @allwords, [@words];
    }
    return @allwords;
}

sub shellwords {
    my @lines = @_;
    my @allwords;
    for my $line (@lines) {
        $line =~ s/^\s+//;
        my @words = parse_line('\s+', 0, $line);
        pop @words if @words && !defined $words[-1];
        return () unless @words || !length $line;
        push @allwords, @words;
    }
    return @allwords;
}

sub old_shellwords { shellwords(@_) }

1;
