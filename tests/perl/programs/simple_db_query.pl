#!/usr/bin/perl
# An in-memory table with a tiny query language: select/where/order/limit/group, parsed from strings.
use strict;
use warnings;

my @cols = qw(id name city age score);
my @table;
while (<DATA>) { chomp; my %r; @r{@cols} = split /\|/; push @table, \%r }

sub compile_where {
    my $w = shift;
    return sub { 1 } unless defined $w && length $w;
    my @conds = split /\s+and\s+/i, $w;
    my @tests;
    for my $c (@conds) {
        my ($f, $op, $v) = $c =~ /^\s*(\w+)\s*(=|!=|<=|>=|<|>|like)\s*'?([^']*?)'?\s*$/i or die "bad condition: $c\n";
        die "unknown column $f\n" unless grep { $_ eq $f } @cols;
        my $num = $v =~ /^-?\d+(\.\d+)?$/;
        push @tests, lc $op eq 'like' ? do { (my $re = quotemeta $v) =~ s/\\%/.*/g; sub { $_[0]{$f} =~ /^$re$/i } }
                   : $num ? { '=' => sub { $_[0]{$f} == $v }, '!=' => sub { $_[0]{$f} != $v }, '<' => sub { $_[0]{$f} < $v }, '>' => sub { $_[0]{$f} > $v }, '<=' => sub { $_[0]{$f} <= $v }, '>=' => sub { $_[0]{$f} >= $v } }->{$op}
                   : { '=' => sub { $_[0]{$f} eq $v }, '!=' => sub { $_[0]{$f} ne $v }, '<' => sub { $_[0]{$f} lt $v }, '>' => sub { $_[0]{$f} gt $v }, '<=' => sub { $_[0]{$f} le $v }, '>=' => sub { $_[0]{$f} ge $v } }->{$op};
    }
    return sub { my $r = shift; for my $t (@tests) { return 0 unless $t->($r) } 1 };
}

sub query {
    my $q = shift;
    my ($fields, $where, $group, $order, $desc, $limit) = $q =~
        /^select\s+(.+?)(?:\s+where\s+(.+?))?(?:\s+group\s+by\s+(\w+))?(?:\s+order\s+by\s+(\w+)(\s+desc)?)?(?:\s+limit\s+(\d+))?\s*$/i
        or die "syntax error\n";
    my $pred = compile_where($where);
    my @rows = grep { $pred->($_) } @table;
    if ($group) {
        my %g;
        push @{ $g{ $_->{$group} } }, $_ for @rows;
        @rows = map { my @m = @{ $g{$_} }; my $s = 0; $s += $_->{score} for @m; +{ $group => $_, count => scalar @m, avg_score => sprintf("%.1f", $s / @m) } } sort keys %g;
    }
    if ($order) {
        my $numeric = !grep { defined $_->{$order} && $_->{$order} !~ /^-?[\d.]+$/ } @rows;
        @rows = sort { $numeric ? $a->{$order} <=> $b->{$order} : $a->{$order} cmp $b->{$order} } @rows;
        @rows = reverse @rows if $desc;
    }
    splice(@rows, $limit) if defined $limit && @rows > $limit;
    my @f = $fields eq '*' ? @cols : split /\s*,\s*/, $fields;
    @f = ($group, 'count', 'avg_score') if $group && $fields eq '*';
    return (\@f, \@rows);
}

for my $q ("select name, age where city = 'Paris'", "select * where age >= 30 and score > 80 order by score desc",
           "select name where name like 'a%'", "select * group by city order by count desc", "select name, score order by score desc limit 3",
           "select name where height > 3", "delete everything", "select id, name where city != 'Paris' and age < 30 order by name") {
    my ($f, $rows) = eval { query($q) };
    unless ($f) { print "> $q\n  error: $@"; next }
    print "> $q\n";
    print "  ", join(" | ", map { my $r = $_; join(", ", map { $r->{$_} // '' } @$f) } @$rows) || "(no rows)", "\n";
}
__DATA__
1|alice|Paris|34|88
2|bob|Berlin|27|72
3|carol|Paris|45|91
4|dan|Rome|31|65
5|anna|Berlin|29|95
6|eric|Paris|22|78
7|fiona|Rome|38|84
