#!/usr/bin/perl
# A Fraction class with operator overloading, normalisation, comparison and continued fractions.
use strict;
use warnings;

package Fraction;
use overload
    '+' => \&add, '-' => \&sub_, '*' => \&mul, '/' => \&div,
    '<=>' => \&cmp3, '==' => sub { cmp3(@_) == 0 }, '""' => \&str, '0+' => sub { $_[0]{n} / $_[0]{d} }, 'neg' => sub { Fraction->new(-$_[0]{n}, $_[0]{d}) };

sub gcd { my ($a, $b) = (abs $_[0], abs $_[1]); ($a, $b) = ($b, $a % $b) while $b; $a }
sub new {
    my ($class, $n, $d) = @_;
    $d //= 1;
    die "zero denominator\n" if $d == 0;
    if ($d < 0) { ($n, $d) = (-$n, -$d) }
    my $g = gcd($n, $d) || 1;
    return bless { n => $n / $g, d => $d / $g }, $class;
}
sub lift { ref $_[0] ? $_[0] : Fraction->new($_[0]) }
sub add { my ($a, $b) = (lift($_[0]), lift($_[1])); Fraction->new($a->{n} * $b->{d} + $b->{n} * $a->{d}, $a->{d} * $b->{d}) }
sub sub_ { my ($a, $b, $swap) = (lift($_[0]), lift($_[1]), $_[2]); ($a, $b) = ($b, $a) if $swap; Fraction->new($a->{n} * $b->{d} - $b->{n} * $a->{d}, $a->{d} * $b->{d}) }
sub mul { my ($a, $b) = (lift($_[0]), lift($_[1])); Fraction->new($a->{n} * $b->{n}, $a->{d} * $b->{d}) }
sub div { my ($a, $b, $swap) = (lift($_[0]), lift($_[1]), $_[2]); ($a, $b) = ($b, $a) if $swap; die "division by zero\n" if $b->{n} == 0; Fraction->new($a->{n} * $b->{d}, $a->{d} * $b->{n}) }
sub cmp3 { my ($a, $b, $swap) = (lift($_[0]), lift($_[1]), $_[2]); my $r = $a->{n} * $b->{d} <=> $b->{n} * $a->{d}; $swap ? -$r : $r }
sub str { my $s = shift; $s->{d} == 1 ? "$s->{n}" : "$s->{n}/$s->{d}" }
sub continued { my $s = shift; my ($n, $d) = @$s{qw(n d)}; my @cf; while ($d) { my $q = int($n / $d); $q-- if $n < 0 && $q * $d != $n; push @cf, $q; ($n, $d) = ($d, $n - $q * $d) } @cf }
sub from_decimal { my ($class, $str) = @_; my ($i, $f) = split /\./, $str; $f //= ''; return $class->new($i . $f, 10 ** length $f) }

package main;
my $h = Fraction->new(1, 2);
my $t = Fraction->new(1, 3);
print "$h + $t = ", $h + $t, "\n";
print "$h - $t = ", $h - $t, "\n";
print "$h * $t = ", $h * $t, "\n";
print "$h / $t = ", $h / $t, "\n";
print "1 - $t = ", 1 - $t, "\n";
print "2 / $t = ", 2 / $t, "\n";
print "-$h = ", -$h, "\n";
print "normalised: ", Fraction->new(6, -8), " ", Fraction->new(0, 5), " ", Fraction->new(10, 5), "\n";
my @sorted = sort { $a <=> $b } map { Fraction->new(@$_) } [3, 4], [1, 8], [5, 6], [-1, 2], [2, 3];
print "sorted: @sorted\n";
my $sum = Fraction->new(0); $sum = $sum + Fraction->new(1, $_ * ($_ + 1)) for 1 .. 9;
print "telescoping sum: $sum\n";
my $harmonic = Fraction->new(0); $harmonic = $harmonic + Fraction->new(1, $_) for 1 .. 10;
printf "H(10) = %s = %.6f\n", $harmonic, $harmonic;
print "3.14159 = ", Fraction->from_decimal("3.14159"), " cf [", join(",", Fraction->from_decimal("3.14159")->continued), "]\n";
print "415/93 cf: [", join(",", Fraction->new(415, 93)->continued), "]\n";
print "equal: ", (Fraction->new(2, 4) == Fraction->new(1, 2) ? "yes" : "no"), "\n";
eval { Fraction->new(1, 0) }; print "error: $@";
eval { my $x = $h / Fraction->new(0) }; print "error: $@";
