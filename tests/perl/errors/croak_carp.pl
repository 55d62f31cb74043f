use Carp qw(croak carp confess);
sub checked { my $n = shift; croak "bad value '$n'" if $n < 0; return sqrt $n }
print checked(16), "\n";
carp "just a carp";
eval { checked(-1) };
print "caught: $@";
checked(-4);
