# Sorting numbers, strings and records with custom comparators.
use strict;
use warnings;

my $n = shift // 130_000;
my $seed = 42;
sub next_rand { $seed = ($seed * 1103515245 + 12345) % 2147483648; return $seed }
my @nums = map { next_rand() % 1_000_000 } 1 .. $n;
my @strs = map { join '', map { chr(97 + next_rand() % 26) } 1 .. 8 } 1 .. $n;
my @recs = map { { name => $strs[$_], score => $nums[$_] % 100, id => $_ } } 0 .. $n - 1;

my @sn = sort { $a <=> $b } @nums;
my @ss = sort @strs;
my @sr = sort { $b->{score} <=> $a->{score} || $a->{name} cmp $b->{name} } @recs;
my @rev = reverse sort { $a <=> $b } @nums[0 .. 9999];
print "checksum $sn[0] $sn[-1] $sn[$n / 2] $ss[0] $ss[-1] $sr[0]{id} $sr[-1]{id} $rev[0]\n";
