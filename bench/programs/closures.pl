# Closure creation and calls: counters, adders, compose.
use strict;
use warnings;

sub make_counter { my $c = shift; return sub { return $c++ } }
sub make_adder { my $n = shift; return sub { return $_[0] + $n } }
sub compose { my ($f, $g) = @_; return sub { return $f->($g->(@_)) } }

my $n = shift // 2_500_000;
my $total = 0;
my @adders = map { make_adder($_) } 1 .. 50;
my $twice = compose(make_adder(1), make_adder(2));
my $counter = make_counter(0);
for my $i (1 .. $n) {
    $total += $adders[$i % 50]->($i);
    $total += $twice->($i) if $i % 3 == 0;
    $counter->();
}
my @made = map { make_counter($_) } 1 .. 60_000;
$total += $_->() for @made;
print "checksum $total ", $counter->(), "\n";
