#!/usr/bin/perl
# Scoring games: ten-pin bowling frames and poker hand classification with tie-breaks.
use strict;
use warnings;

sub bowling {
    my @rolls = map { $_ eq 'X' ? 10 : $_ eq '-' ? 0 : $_ } split //, shift;
    for my $i (1 .. $#rolls) { }
    my ($score, $i) = (0, 0);
    for my $frame (1 .. 10) {
        die "incomplete game\n" if $i > $#rolls;
        if ($rolls[$i] == 10) { $score += 10 + ($rolls[$i + 1] // 0) + ($rolls[$i + 2] // 0); $i += 1 }
        elsif (($rolls[$i] + ($rolls[$i + 1] // 0)) == 10) { $score += 10 + ($rolls[$i + 2] // 0); $i += 2 }
        else { $score += $rolls[$i] + ($rolls[$i + 1] // 0); $i += 2 }
    }
    return $score;
}
sub expand_spares { my $s = shift; my @out; my @c = split //, $s; for my $k (0 .. $#c) { push @out, $c[$k] eq '/' ? 10 - $out[-1] : $c[$k] eq 'X' ? 10 : $c[$k] eq '-' ? 0 : $c[$k] } join '', map { $_ == 10 ? 'X' : $_ } @out }
for my $g ('XXXXXXXXXXXX', '9-9-9-9-9-9-9-9-9-9-', '5/5/5/5/5/5/5/5/5/5/5', 'X7/9-X-88/-6XXX81', '11111111111111111111', 'XXX') {
    my $exp = expand_spares($g);
    my $s = eval { bowling($exp) };
    printf "%-22s %s\n", $g, defined $s ? $s : "error: $@" =~ s/\n//r;
}

my %rank_val = map { (qw(2 3 4 5 6 7 8 9 T J Q K A))[$_] => $_ + 2 } 0 .. 12;
my @names = ('high card', 'one pair', 'two pair', 'three of a kind', 'straight', 'flush', 'full house', 'four of a kind', 'straight flush');
sub classify {
    my @cards = split ' ', shift;
    my @v = sort { $b <=> $a } map { $rank_val{ substr $_, 0, 1 } } @cards;
    my %suits; $suits{ substr $_, 1, 1 }++ for @cards;
    my $flush = keys %suits == 1;
    @v = (5, 4, 3, 2, 1) if "@v" eq "14 5 4 3 2";
    my $straight = 1; $v[$_] - 1 == $v[$_ + 1] or $straight = 0 for 0 .. 3;
    my %cnt; $cnt{$_}++ for @v;
    my @groups = sort { $cnt{$b} <=> $cnt{$a} || $b <=> $a } keys %cnt;
    my @shape = map { $cnt{$_} } @groups;
    my $cat = $straight && $flush ? 8 : $shape[0] == 4 ? 7 : "@shape" eq "3 2" ? 6 : $flush ? 5 : $straight ? 4
            : $shape[0] == 3 ? 3 : "@shape[0,1]" eq "2 2" ? 2 : $shape[0] == 2 ? 1 : 0;
    return ($cat, @groups);
}
sub cmp_hands { my @a = classify($_[0]); my @b = classify($_[1]); for my $i (0 .. 5) { my $c = ($a[$i] // 0) <=> ($b[$i] // 0); return $c if $c } 0 }
my @hands = ('2H 3D 5S 9C KD', '2C 3H 4S 8C AH', '2H 4S 4C 2D 4H', '2S 8S AS QS 3S', 'TH JH QH KH AH', 'AH 2D 3C 4S 5H', '5C 5D 9H 9S KC', '5H 5S 9C 9D QD', '7C 7D 7H 7S 2C');
for my $h (@hands) { my ($cat) = classify($h); printf "%-15s %s\n", $h, $names[$cat] }
my @ranked = sort { cmp_hands($b, $a) || $a cmp $b } @hands;
print "best: $ranked[0]\nworst: $ranked[-1]\n";
print "two pair tie-break: ", (cmp_hands('5C 5D 9H 9S KC', '5H 5S 9C 9D QD') > 0 ? "K kicker wins" : "wrong"), "\n";
