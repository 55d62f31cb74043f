# Benchmark: report shapes (numbers masked, since timings vary).
use strict;
use warnings;
use Benchmark qw(:all);
$| = 1;
# Numbers vary run to run; so does a second "too few iterations" line (negative elapsed time).
sub mask {
    my $s = join '', @_;
    $s =~ s/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/N/g;
    $s =~ s/ +/ /g;
    $s =~ s/( \(warning: too few iterations for a reliable count\)\n)(?:\1)+/$1/g;
    $s;
}
my $buf = '';
{
    open my $fh, '>', \$buf or die;
    my $old = select $fh;
    my $r = timethese(20, { alpha => sub { my $x = 0; $x += $_ for 1 .. 50 }, beta => sub { my @a = sort { $a <=> $b } 1 .. 20 } });
    timethis(5, sub { 1 });
    timethis(5, sub { 1 }, 'named');
    timethese(5, { q => '1+1' }, 'none');
    select $old;
    close $fh;
    print mask($buf);
    my $rows = cmpthese($r, 'none');
    print "rows: ", scalar(@$rows), " header: ", join('|', map { mask($_) } @{ $rows->[0] }[0, 1]), "\n";
    print "row names: ", join(',', sort map { $_->[0] } @$rows[1 .. $#$rows]), " cells: ", join(',', map { scalar @$_ } @$rows), "\n";
}
my $t = timeit(10, sub { 1 });
print "timestr: ", mask(timestr($t)), "\n";
print "all: ", mask(timestr($t, 'all')), "\n";
print "noc: ", mask(timestr($t, 'noc')), "\n";
print "nop: ", mask(timestr($t, 'nop')), "\n";
print "fmt: ", mask(timestr($t, 'auto', '5.3f')), "\n";
print "none: [", timestr($t, 'none'), "]\n";
my $d = timediff(Benchmark->new, Benchmark->new);
print "diff: ", mask(timestr($d)), " iters: ", $t->iters, " ", ref($t), " fields: ", scalar(@$t), "\n";
my $s = timesum($t, $t);
print "sum iters: ", $s->iters, "\n";
my $fixed = bless [2, 1.5, 0.25, 0, 0, 100], 'Benchmark';
print "fixed: ", timestr($fixed), " | ", timestr($fixed, 'all'), " | cpu ", $fixed->cpu_p, " ", $fixed->cpu_a, " real ", $fixed->real, "\n";
my $fixed2 = bless [3, 0.5, 0.25, 0, 0, 100], 'Benchmark';
my $rows = cmpthese({ fast => $fixed2, slow => $fixed }, 'none');
print join("\n", map { join('|', @$_) } @$rows), "\n";
open my $fh2, '>', \my $chart or die;
my $old2 = select $fh2;
cmpthese({ fast => $fixed2, slow => $fixed, a_much_longer_name => bless([1, 2, 0, 0, 0, 100], 'Benchmark') });
select $old2;
close $fh2;
print $chart;
eval { timethis(1.5, sub {}) }; print "nonint: ", ($@ =~ /^non-integer loopcount 1.5, stopped/ ? 'croak' : $@), "\n";
