local $SIG{__DIE__} = sub { print "handler saw: $_[0]" };
eval { die "in eval\n" };
print "after eval: $@";
die "for real\n";
