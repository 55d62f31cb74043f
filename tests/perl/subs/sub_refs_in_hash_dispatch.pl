use strict; use warnings;
my %ops = ('+' => sub { $_[0] + $_[1] }, '-' => sub { $_[0] - $_[1] }, '*' => sub { $_[0] * $_[1] }, '/' => sub { $_[1] ? $_[0] / $_[1] : "NaN" });
for my $e ("3 + 4", "10 - 7", "6 * 7", "1 / 4", "1 / 0", "2 ^ 3") {
    my ($a, $op, $b) = split ' ', $e;
    my $f = $ops{$op};
    print "$e = ", ($f ? $f->($a, $b) : "unknown op $op"), "\n";
}
