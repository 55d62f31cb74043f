use strict; use warnings;
my $text = "the quick brown fox jumps over the lazy dog the fox";
my %c; $c{$_}++ for split ' ', $text;
for my $w (sort { $c{$b} <=> $c{$a} || $a cmp $b } keys %c) { printf "%-6s %d\n", $w, $c{$w} }
