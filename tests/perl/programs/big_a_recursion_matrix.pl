use strict;
use warnings;
use List::Util qw(sum max reduce);

# Memoization through closures.
sub memoize {
    my $f = shift;
    my %cache;
    my $calls = 0;
    my $wrapped;
    $wrapped = sub {
        my $key = join ',', @_;
        $calls++;
        return $cache{$key} //= $f->($wrapped, @_);
    };
    return ($wrapped, sub { ($calls, scalar keys %cache) });
}
my ($fib, $fib_stats) = memoize(sub { my ($self, $n) = @_; $n < 2 ? $n : $self->($n - 1) + $self->($n - 2) });
print "fib: ", join(' ', map { $fib->($_) } 0 .. 15), "\n";
printf "fib(80) = %s\n", $fib->(80);
printf "calls=%d cached=%d\n", $fib_stats->();
my ($paths) = memoize(sub {
    my ($self, $r, $c) = @_;
    return 1 if $r == 0 || $c == 0;
    return $self->($r - 1, $c) + $self->($r, $c - 1);
});
printf "lattice paths %dx%d = %d\n", $_, $_, $paths->($_, $_) for 2, 5, 10;

# Permutations and combinations, recursively.
sub permute {
    my ($done, $rest, $out) = @_;
    unless (@$rest) { push @$out, join '', @$done; return }
    for my $i (0 .. $#$rest) {
        my @r = @$rest;
        my ($x) = splice @r, $i, 1;
        permute([@$done, $x], \@r, $out);
    }
}
my @perms;
permute([], [qw(a b c d)], \@perms);
printf "%d perms of abcd; first 6: %s; last: %s\n", scalar @perms, "@perms[0..5]", $perms[-1];
sub combos {
    my ($k, @items) = @_;
    return ([]) if $k == 0;
    return () if @items < $k;
    my ($head, @tail) = @items;
    return ((map { [$head, @$_] } combos($k - 1, @tail)), combos($k, @tail));
}
print "C(5,3): ", join(' ', map { join '', @$_ } combos(3, 1 .. 5)), "\n";

# N-queens by backtracking.
sub queens {
    my ($n, $row, $cols, $sols) = @_;
    if ($row == $n) { push @$sols, [@$cols]; return }
    COL: for my $c (0 .. $n - 1) {
        for my $r (0 .. $row - 1) {
            my $qc = $cols->[$r];
            next COL if $qc == $c || abs($qc - $c) == $row - $r;
        }
        push @$cols, $c;
        queens($n, $row + 1, $cols, $sols);
        pop @$cols;
    }
}
for my $n (4 .. 7) {
    my @sols;
    queens($n, 0, [], \@sols);
    printf "%d-queens: %d solutions\n", $n, scalar @sols;
    if ($n == 6) {
        for my $r (0 .. $n - 1) {
            print '  ', join(' ', map { $_ == $sols[0][$r] ? 'Q' : '.' } 0 .. $n - 1), "\n";
        }
    }
}

# Matrices as arrays of arrays.
sub mat_mul {
    my ($a, $b) = @_;
    my @c;
    for my $i (0 .. $#$a) {
        for my $j (0 .. $#{ $b->[0] }) {
            $c[$i][$j] = sum(map { $a->[$i][$_] * $b->[$_][$j] } 0 .. $#$b);
        }
    }
    return \@c;
}
sub mat_pow {
    my ($m, $p) = @_;
    return [map { my $i = $_; [map { $_ == $i ? 1 : 0 } 0 .. $#$m] } 0 .. $#$m] if $p == 0;
    my $half = mat_pow($m, int($p / 2));
    my $sq = mat_mul($half, $half);
    return $p % 2 ? mat_mul($sq, $m) : $sq;
}
sub det {
    my $m = shift;
    return $m->[0][0] if @$m == 1;
    my $total = 0;
    for my $j (0 .. $#$m) {
        my @minor = map { my $row = $_; [@{$row}[grep { $_ != $j } 0 .. $#$row]] } @{$m}[1 .. $#$m];
        $total += (-1) ** $j * $m->[0][$j] * det(\@minor);
    }
    return $total;
}
sub show { my ($name, $m) = @_; my $w = max(map { length } map { @$_ } @$m);
    print "$name:\n", map { '  ' . join(' ', map { sprintf '%*s', $w, $_ } @$_) . "\n" } @$m }
my $q = mat_pow([[1, 1], [1, 0]], 30);
printf "fib(30) via matrix power = %d (memo says %d)\n", $q->[0][1], $fib->(30);
my $m = [[2, -1, 0], [1, 3, 2], [0, 5, -4]];
show('M', $m);
show('M^3', mat_pow($m, 3));
my @t = map { my $j = $_; [map { $_->[$j] } @$m] } 0 .. 2;
show('transpose', \@t);
printf "det(M)=%d det(M^T)=%d det(M^2)=%d\n", det($m), det(\@t), det(mat_pow($m, 2));
my $longest = reduce { length($a) >= length($b) ? $a : $b } map { sprintf '%b', $_ } 1 .. 40;
print "longest binary 1..40: $longest\n";
