use strict; use warnings;
sub twice(&) { my $c = shift; $c->(); $c->() }
my $n = 0; twice { $n++ }; print "$n\n";
sub first_of(\@) { ${ $_[0] }[0] } my @x = (9, 8); print first_of(@x), "\n";
print &first_of([5, 6]), "\n";
sub takes_hash(\%) { join ",", sort keys %{ $_[0] } } my %h = (b => 1, a => 2); print takes_hash(%h), "\n";
sub star_glob(*) { ref \$_[0] } print star_glob(STDOUT), "\n";
