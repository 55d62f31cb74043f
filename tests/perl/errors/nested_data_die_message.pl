use strict; use warnings;
my $data = { list => [1, 2] };
print "count: ", scalar(@{ $data->{list} }), "\n";
my $n = $data->{missing}{deep};
print exists $data->{missing} ? "autovivified\n" : "no\n";
print scalar(@{ $data->{nope} }), "\n";
