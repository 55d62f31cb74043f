use strict; use warnings;
sub minmax { my @s = sort { $a <=> $b } @_; return ($s[0], $s[-1]) }
my ($lo, $hi) = minmax(5, 3, 9, 1);
print "$lo $hi\n";
my $cnt = () = minmax(1, 2);
print "$cnt\n";
my $last = minmax(4, 8); print "$last\n";
sub arr { my @r = (7, 8, 9); return @r } my $sc = arr(); print "$sc\n";
