my @r = eval { map { die "bad item $_\n" if $_ == 3; $_ } 1..5 };
print "got: @r, err: $@";
my @s = eval { sort { die "sort died\n" } 3, 2, 1 };
print "sort: $@";
exit 2;
