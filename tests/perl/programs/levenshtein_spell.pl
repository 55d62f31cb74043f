#!/usr/bin/perl
# Edit distance with a DP table and a spelling suggester; prints an alignment table.
use strict;
use warnings;
use List::Util qw(min);

sub distance {
    my ($s, $t) = @_;
    my @d;
    $d[$_][0] = $_ for 0 .. length $s;
    $d[0][$_] = $_ for 0 .. length $t;
    for my $i (1 .. length $s) {
        for my $j (1 .. length $t) {
            my $cost = substr($s, $i - 1, 1) eq substr($t, $j - 1, 1) ? 0 : 1;
            $d[$i][$j] = min($d[$i - 1][$j] + 1, $d[$i][$j - 1] + 1, $d[$i - 1][$j - 1] + $cost);
        }
    }
    return wantarray ? ($d[length $s][length $t], \@d) : $d[length $s][length $t];
}

my ($dist, $table) = distance("kitten", "sitting");
print "kitten -> sitting: $dist\n";
print "    ", join("  ", ' ', split //, "sitting"), "\n";
my @s = ('', split //, "kitten");
for my $i (0 .. $#$table) {
    printf "%s %s\n", $s[$i] eq '' ? ' ' : $s[$i], join("  ", @{ $table->[$i] });
}

my @dictionary = qw(apple apply ample maple angle ankle paper pepper people purple carpet caravan camera);
for my $word (qw(appel pepple carvan camra zzz)) {
    my %d = map { $_ => scalar distance($word, $_) } @dictionary;
    my @best = sort { $d{$a} <=> $d{$b} || $a cmp $b } @dictionary;
    my @close = grep { $d{$_} <= 2 } @best;
    printf "%-7s -> %s\n", $word, @close ? join(", ", map { "$_($d{$_})" } @close[0 .. ($#close < 2 ? $#close : 2)]) : "no suggestion (nearest $best[0] at $d{$best[0]})";
}
my @pairs = (["", "abc"], ["abc", ""], ["same", "same"], ["flaw", "lawn"], ["intention", "execution"]);
printf "%-10s %-10s %d\n", $_->[0] || '""', $_->[1] || '""', scalar distance(@$_) for @pairs;
