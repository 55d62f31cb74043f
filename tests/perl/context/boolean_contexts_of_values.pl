my @vals = (0, 1, "", "0", "00", "0.0", " ", "a", undef, [], {}, 0.0, "0E0");
print join(" ", map { $_ ? "T" : "F" } @vals), "\n";
my @e = (); my %h = ();
print @e ? "T" : "F", %h ? "T" : "F", (() = (1)) ? "T" : "F", "\n";
