# map/grep chains over lists.
use strict;
use warnings;

my $n = shift // 2_000_000;
my @a = 1 .. $n;
my @b = map { $_ * 3 } grep { $_ % 2 } @a;
my @c = grep { $_ % 5 != 0 } map { $_ + 1 } @b;
my %h = map { $_ => 1 } grep { $_ % 7 == 0 } @c;
my @d = map { [$_, $_ * $_ % 1000] } grep { exists $h{$_} } @c;
my $sum = 0;
$sum += $_->[1] for @d;
my $str = join '', map { chr(65 + $_ % 26) } @c[0 .. 999];
print "checksum ", scalar(@b), " ", scalar(@c), " ", scalar(keys %h), " $sum ", substr($str, 0, 16), "\n";
