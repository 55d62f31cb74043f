#!/usr/bin/perl
# One data set rendered as plain text table, CSV, simple HTML and Markdown by pluggable formatters.
use strict;
use warnings;

my @columns = (['name', 'Name', '%-10s'], ['dept', 'Department', '%-11s'], ['salary', 'Salary', '%9.2f'], ['start', 'Started', '%-10s']);
my @rows = (
    { name => 'Ada', dept => 'Research', salary => 123456.5, start => '2019-03-01' },
    { name => 'Brian', dept => 'Ops', salary => 67000, start => '2021-11-15' },
    { name => 'Chen, Li', dept => 'Research', salary => 99000.75, start => '2020-01-07' },
    { name => 'Dana "D"', dept => 'Sales', salary => 58250, start => '2022-06-30' },
);

my %formatters = (
    text => sub {
        my @w = map { my $c = $_; my $m = length $c->[1]; for (@rows) { my $l = length sprintf $c->[2], $_->{ $c->[0] }; $m = $l if $l > $m } $m } @columns;
        my $line = '+' . join('+', map { '-' x ($_ + 2) } @w) . "+\n";
        my $out = $line . '|' . join('|', map { sprintf " %-*s ", $w[$_], $columns[$_][1] } 0 .. $#columns) . "|\n" . $line;
        for my $r (@rows) {
            $out .= '|' . join('|', map { my $v = sprintf $columns[$_][2], $r->{ $columns[$_][0] }; $v =~ s/^\s+|\s+$//g; sprintf($columns[$_][2] =~ /f$/ ? " %*s " : " %-*s ", $w[$_], $v) } 0 .. $#columns) . "|\n";
        }
        return $out . $line;
    },
    csv => sub {
        my $q = sub { my $v = shift; $v =~ /[",\n]/ ? '"' . ($v =~ s/"/""/gr) . '"' : $v };
        return join("", map { join(",", map { $q->($_) } @$_) . "\n" } [map { $_->[0] } @columns], map { my $r = $_; [map { $r->{ $_->[0] } } @columns] } @rows);
    },
    html => sub {
        my $esc = sub { my $v = shift; $v =~ s/&/&amp;/g; $v =~ s/</&lt;/g; $v =~ s/"/&quot;/g; $v };
        my $out = "<table>\n  <tr>" . join('', map { "<th>$_->[1]</th>" } @columns) . "</tr>\n";
        $out .= "  <tr>" . join('', map { "<td>" . $esc->(sprintf $_->[2] =~ s/^%-?\d*/%/r, $_[0]{ $_->[0] }) . "</td>" } @columns) . "</tr>\n" for map { [$_] } @rows;
        return $out . "</table>\n";
    },
    markdown => sub {
        my $out = '| ' . join(' | ', map { $_->[1] } @columns) . " |\n|" . join('|', map { $_->[2] =~ /f$/ ? '---:' : '---' } @columns) . "|\n";
        $out .= '| ' . join(' | ', map { my $c = $_; my $v = sprintf $c->[2], $_[0]{ $c->[0] }; $v =~ s/^\s+|\s+$//g; $v =~ s/\|/\\|/g; $v } @columns) . " |\n" for @rows;
        return $out;
    },
);
$formatters{html} = do { my $inner = $formatters{html}; sub { my $esc = sub { my $v = shift; $v =~ s/&/&amp;/g; $v =~ s/</&lt;/g; $v =~ s/"/&quot;/g; $v };
    my $out = "<table>\n  <tr>" . join('', map { "<th>$_->[1]</th>" } @columns) . "</tr>\n";
    for my $r (@rows) { $out .= "  <tr>" . join('', map { my $v = sprintf $_->[2], $r->{ $_->[0] }; $v =~ s/^\s+|\s+$//g; "<td>" . $esc->($v) . "</td>" } @columns) . "</tr>\n" }
    $out . "</table>\n" } };
$formatters{markdown} = sub { my $out = '| ' . join(' | ', map { $_->[1] } @columns) . " |\n|" . join('|', map { $_->[2] =~ /f$/ ? '---:' : '---' } @columns) . "|\n";
    for my $r (@rows) { $out .= '| ' . join(' | ', map { my $v = sprintf $_->[2], $r->{ $_->[0] }; $v =~ s/^\s+|\s+$//g; $v =~ s/\|/\\|/g; $v } @columns) . " |\n" } $out };

for my $fmt (qw(text csv html markdown)) {
    print "== $fmt ==\n", $formatters{$fmt}->();
}
my %totals; $totals{ $_->{dept} } += $_->{salary} for @rows;
print "== totals ==\n", map { sprintf "%-10s %10.2f\n", $_, $totals{$_} } sort keys %totals;
