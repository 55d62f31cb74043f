print -"foo", " ", -"-bar", " ", -"+baz", " ", - -1, " ", -"10", " ", -"1e3", "\n";
my $x = "abc"; print -$x, "\n";
print - 0, " ", -0.0, "\n";
