$SIG{__DIE__} = sub { die "wrapped: $_[0]" };
eval { die "original\n" };
print "caught: $@";
die "top\n";
