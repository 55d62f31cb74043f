use strict; use warnings;
my @subs;
my $shared = 0;
for my $i (1..3) { push @subs, sub { $shared += $i; return $shared } }
print join(",", map { $_->() } @subs), "\n";
$shared = 100;
print join(",", map { $_->() } @subs), "\n";
my $x = 1; my $f = sub { $x * 10 }; $x = 5; print $f->(), "\n";
{ my $y = 7; $f = sub { $y++ } } print $f->(), $f->(), "\n";
