# A BEGIN block that fills file-scoped lexicals declared above it: the values survive
# the run-time `my` (perl clears a lexical when its scope is left, not at its `my`).
use strict;
use warnings;

my $base;
my @table;
my %config;
BEGIN {
    $base = 10 ** 3;
    @table = map { $_ * $_ } 1 .. 4;
    %config = (mode => 'fast', level => 3);
}
print "base=$base table=@table mode=$config{mode} level=$config{level}\n";

my $later = 'init';
BEGIN { $later = 'from BEGIN' }
print "later=$later\n";    # the assignment at run time wins

sub show { return "sub sees $base" }
print show(), "\n";

# In a loop, each iteration starts with a fresh variable.
for my $i (1 .. 3) {
    my $acc;
    $acc .= "x" for 1 .. $i;
    my @seen;
    push @seen, $i;
    print "iteration $i: $acc @seen\n";
}
my @out = map { my $t; $t .= $_; $t } qw(a b c);
print "map: @out\n";
my @sorted = sort { my $k; $k = $a <=> $b; $k } 3, 1, 2;
print "sort: @sorted\n";
