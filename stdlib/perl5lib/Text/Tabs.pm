# Caravan's own Text::Tabs: expand tabs to spaces and turn runs of spaces back into tabs.
package Text::Tabs;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '2021.0814';
our @EXPORT = qw(expand unexpand $tabstop);
our $tabstop = 8;

sub _expand_line {
    my ($line) = @_;
    my $out = '';
    for my $piece (split /(\t)/, $line, -1) {
        if ($piece eq "\t") { $out .= ' ' x ($tabstop - length($out) % $tabstop) }
        else { $out .= $piece }
    }
    return $out;
}

sub expand {
    my @out = map { join "\n", map { _expand_line($_) } split /\n/, $_, -1 } @_;
    return wantarray ? @out : $out[0];
}

# Each complete tabstop-wide chunk that ends in two or more spaces becomes text plus a tab.
sub _unexpand_line {
    my ($line) = @_;
    $line = _expand_line($line);
    my @chunks;
    while (length($line) >= $tabstop) {
        push @chunks, substr($line, 0, $tabstop, '');
    }
    my $last = $line;
    if (!length $last && @chunks && $chunks[-1] eq ' ' x $tabstop) {
        pop @chunks;
        $last = "\t";
    }
    s/  +\z/\t/ for @chunks;
    return join('', @chunks, $last);
}

sub unexpand {
    my @out = map { join "\n", map { _unexpand_line($_) } split /\n/, $_, -1 } @_;
    return wantarray ? @out : $out[0];
}

1;
