# defer blocks (feature 'defer'): run however the enclosing block is left.
use v5.36; use feature 'defer'; no warnings;
sub f { my $x = shift; defer { say "defer 1 ($x)" } say "body"; defer { say "defer 2" } return "ret" if $x; "end" }
say f(0); say f(1);
for my $i (1..3) { defer { say "leave $i" } next if $i == 2; say "iter $i" }
eval { defer { say "cleanup" } die "boom\n" }; print "err: $@";
{ my @log; { push @log, 'a'; defer { push @log, 'd' } push @log, 'b' } say "@log" }
{ defer { say "x" } say "y" }
{ no warnings 'experimental::defer'; defer { say "quiet" } }
sub v { defer { } my @r = (1, 2, 3); @r }
my @v = v(); my $n = v(); say "@v $n";
