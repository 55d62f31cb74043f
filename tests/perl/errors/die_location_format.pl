sub thrower { die "thrown" }
eval { thrower() };
print $@;
die "at top";
