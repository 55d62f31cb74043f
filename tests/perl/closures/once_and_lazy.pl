use strict; use warnings;
sub once { my $f = shift; my ($done, $val); return sub { unless ($done) { $val = $f->(@_); $done = 1 } $val } }
my $calls = 0;
my $init = once(sub { $calls++; "initialised with @_" });
print $init->("a"), "\n", $init->("b"), "\n", "calls=$calls\n";
sub lazy_list { my $gen = shift; my @cache; return sub { my $i = shift; $cache[$i] //= $gen->($i) } }
my $squares = lazy_list(sub { $_[0] ** 2 });
print join(" ", map { $squares->($_) } 0..5), "\n";
