sub f { my $first = shift; my $second = shift // "none"; return "$first/$second/" . scalar(@_) }
print f(1), " ", f(1, 2), " ", f(1, 2, 3, 4), "\n";
@ARGV = qw(x y); my $a = shift; print "$a @ARGV\n";
