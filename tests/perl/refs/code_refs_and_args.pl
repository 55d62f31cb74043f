my $add = sub { my ($a, $b) = @_; $a + $b };
my @ops = ($add, sub { $_[0] * $_[1] }, \&CORE::length);
print $add->(2, 3), " ", $ops[1]->(4, 5), "\n";
sub apply_all { my ($x, $y, @fs) = @_; map { $_->($x, $y) } @fs }
print join(",", apply_all(6, 7, @ops[0, 1])), "\n";
my %h = (cb => sub { "called with @_" }); print $h{cb}->(1, 2), "\n";
print &{ $h{cb} }(3), "\n";
