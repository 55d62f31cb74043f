sub safe { local $@; eval { die "inner\n" }; return "safe done" }
eval { die "outer\n" };
my $r = safe();
print "$r, \$@ still: $@";
