#!/usr/bin/perl
# Generates format_nv.tsv: "<u64 bits in hex>\t<perl's stringification>" for thousands of
# doubles (random bit patterns, decimal-ish values, integers, powers, specials).
# Run: perl gen_format_nv.pl > format_nv.tsv
use strict;
use warnings;
srand(20261130);
my @v;
sub bits { return unpack("H16", pack("d>", $_[0])) }
sub r32 { return int(rand(4294967296)) }
push @v, 0.0, -1e-300 * 1e-300, 9**9**9, -9**9**9, 1e21, 1e15, 1e16, 0.1 + 0.2, 1 / 3, 1e-5,
  1e-4, 1e100, 1e-100, 2**53, 2**63, 2**64, 123456789012345678, 0.5, 1.5, 2.5, 1e14, 1e20,
  999999999999999, 9999999999999999, 0.1, 0.7, 1.0000000000000002, 4.35, 5e-324, 1.7976931348623157e308;
for (1 .. 1500) {    # arbitrary bit patterns (finite only)
    my $x = unpack("d>", pack("NN", r32(), r32()));
    next if $x != $x || $x == 9**9**9 || $x == -9**9**9;
    push @v, $x;
}
for (1 .. 1500) {    # decimal fractions of various magnitudes
    my $m = int(rand(1e9)) / (10**int(rand(12)));
    my $e = int(rand(60)) - 30;
    push @v, ($_ % 2 ? -1 : 1) * $m * 10**$e;
}
for (1 .. 800) {     # integers, half-integers, around powers of ten
    my $k = int(rand(25));
    push @v, 10**$k, 10**$k - 1, 10**$k + 0.5, -(10**$k), 10**-$k, 5 * 10**-$k;
}
for my $k (-1074, -1000, -300, -20 .. 80, 1000, 1023) { push @v, 2**$k, -(2**$k), 2**$k * 3 }
for (1 .. 500) { push @v, rand() * 10**(int(rand(40)) - 20) }
for my $x (@v) {
    my $n = $x + 0.0;   # force an NV
    my $nv = unpack("d>", pack("d>", $n));
    print bits($nv), "\t", "" . $nv, "\n";
}
for my $h (qw(8000000000000000 7ff8000000000000 fff8000000000000 7ff0000000000001 0000000000000001 800fffffffffffff)) {
    my $nv = unpack("d>", pack("H16", $h));
    print $h, "\t", "" . $nv, "\n";
}
