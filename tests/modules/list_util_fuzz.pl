# List::Util on random lists (fixed seed): numeric/string reductions, pairs, head/tail, zip.
use strict;
use warnings;
use List::Util qw(sum sum0 min max minstr maxstr product first any all none notall reduce reductions
    pairs pairkeys pairvalues pairmap pairgrep head tail zip mesh uniq uniqnum uniqstr shuffle sample);
$| = 1;
srand(1357);
sub pick { $_[ int rand @_ ] }
$SIG{__WARN__} = sub { print "W: $_[0]" };
my @vals = (0, 1, -1, 2.5, -0.5, 10, 100, 1e10, '3', '03', '3.0', 'abc', '', ' 4', '5 ', '1e2', 'Inf', '-inf', 'nan', 'x10', 12345678901234);
for (1 .. 60) {
    my @l = map { pick(@vals) } 1 .. int rand 7;
    no warnings;
    my @r = (sum(@l), sum0(@l), min(@l), max(@l), minstr(@l), maxstr(@l), product(@l),
        (first { $_ && $_ > 2 } @l), (any { !$_ } @l) ? 1 : 0, (all { $_ } @l) ? 1 : 0,
        scalar(reduce { $a . ':' . $b } @l), join('/', reductions { $a + $b } @l),
        join('/', head(2, @l)), join('/', tail(-1, @l)), join('/', pairkeys(@l)), join('/', pairmap { "$a-" . ($b // 'U') } @l),
        scalar(pairgrep { $a } @l), join('/', map { "@$_" } zip(\@l, [1, 2])), join('/', map { $_ // 'U' } mesh(\@l, ['m'])),
        join('/', uniq(@l)), join('/', uniqnum(@l)), join('/', uniqstr(@l)));
    print "(", join(',', @l), ") => ", join(' | ', map { defined $_ ? $_ : 'undef' } @r), "\n";
}
srand(42);
print "shuffle: ", join(',', shuffle(1 .. 20)), " sample: ", join(',', sample(5, 1 .. 20)), "\n";
