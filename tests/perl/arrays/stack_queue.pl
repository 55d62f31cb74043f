use strict; use warnings;
my @stack;
push @stack, $_ for qw(a b c);
print "pop: ", pop(@stack), "\n";
my @queue = (1..5);
while (@queue) {
    my $x = shift @queue;
    print "got $x\n";
    push @queue, $x * 10 if $x < 3;
}
