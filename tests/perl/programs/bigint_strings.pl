#!/usr/bin/perl
# Arbitrary-precision non-negative integers as digit strings: add, multiply, power, factorial, compare.
use strict;
use warnings;

sub big_add {
    my ($a, $b) = @_;
    my @a = reverse split //, $a;
    my @b = reverse split //, $b;
    my ($carry, @r) = (0);
    for my $i (0 .. ($#a > $#b ? $#a : $#b)) {
        my $s = ($a[$i] // 0) + ($b[$i] // 0) + $carry;
        push @r, $s % 10;
        $carry = int($s / 10);
    }
    push @r, $carry if $carry;
    return join '', reverse @r;
}
sub big_mul {
    my ($a, $b) = @_;
    return '0' if $a eq '0' || $b eq '0';
    my @a = reverse split //, $a;
    my @b = reverse split //, $b;
    my @r = (0) x (@a + @b);
    for my $i (0 .. $#a) {
        for my $j (0 .. $#b) { $r[$i + $j] += $a[$i] * $b[$j] }
    }
    for my $k (0 .. $#r - 1) { $r[$k + 1] += int($r[$k] / 10); $r[$k] %= 10 }
    my $s = join '', reverse @r;
    $s =~ s/^0+(?=\d)//;
    return $s;
}
sub big_cmp { my ($a, $b) = @_; length($a) <=> length($b) || $a cmp $b }
sub big_pow { my ($b, $e) = @_; my $r = '1'; while ($e > 0) { $r = big_mul($r, $b) if $e & 1; $b = big_mul($b, $b); $e >>= 1 } $r }
sub big_fact { my $n = shift; my $r = '1'; $r = big_mul($r, $_) for 2 .. $n; $r }
sub digit_sum { my $s = 0; $s += $_ for split //, shift; $s }

print "2^64   = ", big_pow(2, 64), "\n";
print "2^100  = ", big_pow(2, 100), "\n";
print "3^50   = ", big_pow(3, 50), "\n";
my $f30 = big_fact(30);
print "30!    = $f30\n";
my $f100 = big_fact(100);
printf "100! has %d digits, digit sum %d, trailing zeros %d\n", length $f100, digit_sum($f100), length(($f100 =~ /(0+)$/)[0]);
my ($x, $y) = ("0", "1");
($x, $y) = ($y, big_add($x, $y)) for 1 .. 200;
print "fib(200) = $x\n";
print "check small: ", join(" ", big_add('999', '1'), big_mul('12345', '6789'), 12345 * 6789, big_mul('0', '55')), "\n";
print "compare: ", join(" ", map { big_cmp(@$_) } ['100', '99'], ['123', '123'], ['98', '990']), "\n";
my @sorted = sort { big_cmp($a, $b) } (big_pow(2, 70), big_fact(20), '1' . '0' x 21, big_pow(10, 20));
print "sorted: @sorted\n";
print "perl's own 2**64: ", 2**64, " vs exact ", big_pow(2, 64), "\n";
