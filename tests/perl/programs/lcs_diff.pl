#!/usr/bin/perl
# A line-based diff using longest common subsequence, printed as a unified-style listing.
use strict;
use warnings;

my @old = split /\n/, <<'A';
The quick brown fox
jumps over
the lazy dog.
It was a sunny day.
Birds were singing.
The end.
A
my @new = split /\n/, <<'B';
The quick brown fox
leaps over
the lazy dog.
It was a sunny day.
Children were playing.
Birds were singing.
The end!
B

sub lcs_table {
    my ($a, $b) = @_;
    my @L;
    for my $i (reverse 0 .. @$a) {
        for my $j (reverse 0 .. @$b) {
            if ($i == @$a || $j == @$b) { $L[$i][$j] = 0 }
            elsif ($a->[$i] eq $b->[$j]) { $L[$i][$j] = 1 + $L[$i + 1][$j + 1] }
            else { $L[$i][$j] = $L[$i + 1][$j] >= $L[$i][$j + 1] ? $L[$i + 1][$j] : $L[$i][$j + 1] }
        }
    }
    return \@L;
}

sub diff {
    my ($a, $b) = @_;
    my $L = lcs_table($a, $b);
    my ($i, $j) = (0, 0);
    my @ops;
    while ($i < @$a && $j < @$b) {
        if ($a->[$i] eq $b->[$j]) { push @ops, [' ', $a->[$i]]; $i++; $j++ }
        elsif ($L->[$i + 1][$j] >= $L->[$i][$j + 1]) { push @ops, ['-', $a->[$i++]] }
        else { push @ops, ['+', $b->[$j++]] }
    }
    push @ops, ['-', $a->[$i++]] while $i < @$a;
    push @ops, ['+', $b->[$j++]] while $j < @$b;
    return @ops;
}

my @ops = diff(\@old, \@new);
print "--- old\n+++ new\n";
print "$_->[0]$_->[1]\n" for @ops;
my %count;
$count{ $_->[0] }++ for @ops;
printf "%d unchanged, %d removed, %d added\n", $count{' '} // 0, $count{'-'} // 0, $count{'+'} // 0;
my @chars_a = split //, "AGGTAB";
my @chars_b = split //, "GXTXAYB";
my $L = lcs_table(\@chars_a, \@chars_b);
print "LCS length of AGGTAB/GXTXAYB: $L->[0][0]\n";
my ($i, $j, $s) = (0, 0, '');
while ($i < @chars_a && $j < @chars_b) {
    if ($chars_a[$i] eq $chars_b[$j]) { $s .= $chars_a[$i]; $i++; $j++ }
    elsif ($L->[$i + 1][$j] >= $L->[$i][$j + 1]) { $i++ } else { $j++ }
}
print "LCS: $s\n";
