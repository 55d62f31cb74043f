use strict; use warnings;
sub by_num { $a <=> $b }
sub by_len_then_alpha { length($a) <=> length($b) or $a cmp $b }
my @n = sort by_num 10, 2, 33, 4; print "@n\n";
my @w = sort by_len_then_alpha qw(pear fig apple kiwi banana date); print "@w\n";
my $cmp = sub { $b cmp $a }; my @r = sort $cmp qw(a c b); print "@r\n";
my @rs = reverse sort by_num 3, 1, 2; print "@rs\n";
