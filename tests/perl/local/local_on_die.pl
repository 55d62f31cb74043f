our $state = "normal";
sub risky { local $state = "risky"; die "failed in $state\n" }
eval { risky() };
print "error: $@", "state now: $state\n";
