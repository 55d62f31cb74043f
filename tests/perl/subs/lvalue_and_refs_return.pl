use strict; use warnings;
my $store = 0;
sub store :lvalue { $store }
store() = 42; print "$store\n";
store()++; print "$store\n";
sub get_ref { return \$store } ${ get_ref() } = 7; print "$store\n";
sub list_ref { return [1, 2, 3] } print scalar(@{ list_ref() }), " ", list_ref()->[1], "\n";
sub hash_ref { return { a => 1 } } print hash_ref()->{a}, "\n";
