#!/usr/bin/perl
# A tiny backtracking regex matcher (literals, ., *, +, ?, ^, $, classes) compared with perl's engine.
use strict;
use warnings;

sub parse {
    my $re = shift;
    my @toks;
    my @c = split //, $re;
    for (my $i = 0; $i < @c; $i++) {
        my $atom;
        if ($c[$i] eq '[') {
            my $j = $i + 1; my $neg = 0;
            if ($c[$j] eq '^') { $neg = 1; $j++ }
            my @set;
            while ($j < @c && $c[$j] ne ']') { if ($j + 2 < @c && $c[$j + 1] eq '-' && $c[$j + 2] ne ']') { push @set, [$c[$j], $c[$j + 2]]; $j += 3 } else { push @set, [$c[$j], $c[$j]]; $j++ } }
            die "unterminated class\n" if $j >= @c;
            $atom = { type => 'class', set => \@set, neg => $neg };
            $i = $j;
        } elsif ($c[$i] eq '\\') { $atom = { type => 'lit', ch => $c[++$i] } }
        elsif ($c[$i] eq '.') { $atom = { type => 'any' } }
        else { $atom = { type => 'lit', ch => $c[$i] } }
        if ($i + 1 < @c && $c[$i + 1] =~ /^[*+?]$/) { $atom->{q} = $c[++$i] }
        push @toks, $atom;
    }
    return \@toks;
}
sub atom_ok { my ($a, $ch) = @_; return 0 unless defined $ch;
    return 1 if $a->{type} eq 'any' && $ch ne "\n";
    return $ch eq $a->{ch} if $a->{type} eq 'lit';
    if ($a->{type} eq 'class') { my $in = grep { $ch ge $_->[0] && $ch le $_->[1] } @{ $a->{set} }; return $a->{neg} ? !$in : !!$in }
    return 0 }
sub match_here {
    my ($toks, $ti, $s, $si, $anch_end) = @_;
    return ($anch_end ? $si == length $s : 1) ? $si : -1 if $ti == @$toks;
    my $a = $toks->[$ti];
    my $q = $a->{q} // '';
    if ($q eq '*' || $q eq '+' || $q eq '?') {
        my $max = $si;
        my $limit = $q eq '?' ? 1 : length $s;
        $max++ while $max - $si < $limit && atom_ok($a, substr($s, $max, 1)) && $max < length $s;
        for (my $k = $max; $k >= $si + ($q eq '+' ? 1 : 0); $k--) { my $r = match_here($toks, $ti + 1, $s, $k, $anch_end); return $r if $r >= 0 }
        return -1;
    }
    return -1 unless $si < length $s && atom_ok($a, substr($s, $si, 1));
    return match_here($toks, $ti + 1, $s, $si + 1, $anch_end);
}
sub mini_match {
    my ($re, $s) = @_;
    my $start = $re =~ s/^\^//;
    my $end = $re =~ s/(?<!\\)\$$//;
    my $toks = parse($re);
    for my $i (0 .. ($start ? 0 : length $s)) { my $e = match_here($toks, 0, $s, $i, $end); return substr($s, $i, $e - $i) if $e >= 0 }
    return undef;
}

my @cases = (['a.c', 'xxabcxx'], ['ab*c', 'ac'], ['ab+c', 'ac'], ['ab+c', 'abbbc'], ['^hello', 'hello world'], ['^world', 'hello world'],
             ['world$', 'hello world'], ['colou?r', 'my color'], ['[0-9]+', 'abc 12345 def'], ['[^a-z ]+', 'abc DEF ghi'], ['a.*b', 'xaxxbxxbx'],
             ['\.txt$', 'file.txt'], ['x*', 'abc'], ['[a-c][x-z]', 'bz'], ['^$', ''], ['q', 'abc']);
my ($agree, $total) = (0, 0);
for my $c (@cases) {
    my ($re, $s) = @$c;
    my $mine = mini_match($re, $s);
    my $perl = $s =~ /($re)/ ? $1 : undef;
    $total++;
    my $same = (defined $mine ? $mine : "\0undef") eq (defined $perl ? $perl : "\0undef");
    $agree++ if $same;
    printf "%-10s %-14s mine=%-8s perl=%-8s %s\n", $re, "'$s'", defined $mine ? "'$mine'" : 'none', defined $perl ? "'$perl'" : 'none', $same ? 'ok' : 'DIFF';
}
print "agreement: $agree/$total\n";
eval { mini_match('[abc', 'a') }; print "error: $@";
