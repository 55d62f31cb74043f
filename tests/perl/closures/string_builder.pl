use strict; use warnings;
sub builder { my @parts; return { add => sub { push @parts, @_; return scalar @parts }, build => sub { join($_[0] // "", @parts) } } }
my $b = builder(); $b->{add}->("a"); $b->{add}->("b", "c");
print $b->{build}->("-"), " ", $b->{build}->(), "\n";
