#!/usr/bin/perl
# Matrix arithmetic: multiply, transpose, determinant, inverse via Gauss-Jordan, identity check.
use strict;
use warnings;

sub mat_str { my $m = shift; join("", map { join(" ", map { sprintf "%8.3f", $_ } @$_) . "\n" } @$m) }
sub transpose { my $m = shift; [ map { my $c = $_; [ map { $_->[$c] } @$m ] } 0 .. $#{ $m->[0] } ] }
sub multiply {
    my ($a, $b) = @_;
    die "dimension mismatch\n" unless @{ $a->[0] } == @$b;
    my @r;
    for my $i (0 .. $#$a) {
        for my $j (0 .. $#{ $b->[0] }) {
            my $s = 0;
            $s += $a->[$i][$_] * $b->[$_][$j] for 0 .. $#$b;
            $r[$i][$j] = $s;
        }
    }
    return \@r;
}
sub det {
    my $m = shift;
    my $n = @$m;
    return $m->[0][0] if $n == 1;
    return $m->[0][0] * $m->[1][1] - $m->[0][1] * $m->[1][0] if $n == 2;
    my $d = 0;
    for my $c (0 .. $n - 1) {
        my @minor = map { my $r = $_; [ map { $m->[$r][$_] } grep { $_ != $c } 0 .. $n - 1 ] } 1 .. $n - 1;
        $d += (-1) ** $c * $m->[0][$c] * det(\@minor);
    }
    return $d;
}
sub inverse {
    my $m = shift;
    my $n = @$m;
    my @a = map { [ @{ $m->[$_] }, map { $_ == $_[0] ? 1 : 0 } 0 .. $n - 1 ] } 0 .. $n - 1;
    for my $i (0 .. $n - 1) { $a[$i][$n + $_] = $_ == $i ? 1 : 0 for 0 .. $n - 1 }
    for my $col (0 .. $n - 1) {
        my ($piv) = sort { abs($a[$b][$col]) <=> abs($a[$a][$col]) } $col .. $n - 1;
        die "matrix is singular\n" if abs($a[$piv][$col]) < 1e-12;
        @a[$col, $piv] = @a[$piv, $col];
        my $p = $a[$col][$col];
        $_ /= $p for @{ $a[$col] };
        for my $r (0 .. $n - 1) {
            next if $r == $col;
            my $f = $a[$r][$col];
            $a[$r][$_] -= $f * $a[$col][$_] for 0 .. 2 * $n - 1;
        }
    }
    return [ map { [ @{$_}[$n .. 2 * $n - 1] ] } @a ];
}

my $A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]];
my $B = [[1, 2], [0, 1], [4, 0]];
print "A:\n", mat_str($A);
print "A^T:\n", mat_str(transpose($A));
print "A*B:\n", mat_str(multiply($A, $B));
print "det(A) = ", det($A), "\n";
my $inv = inverse($A);
print "inverse(A):\n", mat_str($inv);
my $I = multiply($A, $inv);
my $ok = 1;
for my $i (0 .. 2) { for my $j (0 .. 2) { $ok = 0 if abs($I->[$i][$j] - ($i == $j ? 1 : 0)) > 1e-9 } }
print "A * inverse(A) is identity: ", ($ok ? "yes" : "no"), "\n";
eval { multiply($B, $B) }; print "B*B: $@";
eval { inverse([[1, 2], [2, 4]]) }; print "singular: $@";
print "det 4x4: ", det([[1,0,2,-1],[3,0,0,5],[2,1,4,-3],[1,0,5,0]]), "\n";
