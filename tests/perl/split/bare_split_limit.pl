# Assigning a split to N scalars gives it a limit of N+1, also for bare `split` and
# `split PATTERN` on $_, so trailing empty fields survive.
use strict;
use warnings;
for my $line ("A 5\n", "x y  ", " p q", "a b c d") {
    $_ = $line;
    my ($n, $m, $o) = split;
    print join("|", map { defined $_ ? "[$_]" : "u" } $n, $m, $o), "\n";
}
$_ = "a,b,,";
my ($x, $y, $z, $w) = split /,/;
print defined $w ? "w=[$w]\n" : "w undef\n";
my @all = split /,/;
print scalar(@all), "\n";
$_ = "k=v=";
my ($k, $v, $rest) = split '=';
print "$k $v [", (defined $rest ? $rest : 'u'), "]\n";
