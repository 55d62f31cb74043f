#!/usr/bin/perl
# Tic-tac-toe: minimax with memoisation plays against itself and against scripted moves.
use strict;
use warnings;

my @lines = ([0,1,2],[3,4,5],[6,7,8],[0,3,6],[1,4,7],[2,5,8],[0,4,8],[2,4,6]);
sub winner { my $b = shift; for my $l (@lines) { my ($x, $y, $z) = @$b[@$l]; return $x if $x ne '.' && $x eq $y && $y eq $z } return (grep { $_ eq '.' } @$b) ? undef : 'draw' }
my %memo;
my $nodes = 0;
sub minimax {
    my ($b, $player) = @_;
    my $key = join('', @$b) . $player;
    return @{ $memo{$key} } if $memo{$key};
    $nodes++;
    my $w = winner($b);
    if (defined $w) { my $s = $w eq 'X' ? 1 : $w eq 'O' ? -1 : 0; $memo{$key} = [$s, -1]; return ($s, -1) }
    my ($best_score, $best_move) = ($player eq 'X' ? -2 : 2, -1);
    for my $i (grep { $b->[$_] eq '.' } 0 .. 8) {
        $b->[$i] = $player;
        my ($s) = minimax($b, $player eq 'X' ? 'O' : 'X');
        $b->[$i] = '.';
        if (($player eq 'X' && $s > $best_score) || ($player eq 'O' && $s < $best_score)) { ($best_score, $best_move) = ($s, $i) }
    }
    $memo{$key} = [$best_score, $best_move];
    return ($best_score, $best_move);
}
sub show { my $b = shift; join("\n", map { join(' ', @$b[$_ * 3 .. $_ * 3 + 2]) } 0 .. 2) . "\n" }

my @board = ('.') x 9;
my $player = 'X';
my @moves;
until (defined winner(\@board)) {
    my (undef, $m) = minimax(\@board, $player);
    $board[$m] = $player;
    push @moves, "$player$m";
    $player = $player eq 'X' ? 'O' : 'X';
}
print "self-play: @moves\n", show(\@board), "result: ", winner(\@board), "\n";
print "positions evaluated: $nodes, memo entries: ", scalar(keys %memo), "\n";

for my $script ([4, 0, 8], [0, 1, 3], [1, 7, 3]) {
    @board = ('.') x 9;
    my @human = @$script;
    my @log;
    $player = 'O';
    until (defined winner(\@board)) {
        my $m;
        if ($player eq 'O' && @human) { $m = shift @human; $m = (grep { $board[$_] eq '.' } 0 .. 8)[0] if $board[$m] ne '.' }
        elsif ($player eq 'O') { ($m) = grep { $board[$_] eq '.' } 0 .. 8 }
        else { (undef, $m) = minimax(\@board, 'X') }
        $board[$m] = $player;
        push @log, "$player$m";
        $player = $player eq 'X' ? 'O' : 'X';
    }
    print "vs [@$script]: @log -> ", winner(\@board), "\n";
}
my ($score) = minimax([('.') x 9], 'X');
print "perfect play value from empty board: $score\n";
