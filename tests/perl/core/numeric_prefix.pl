no warnings;
my @s = ("42", " 42", "42abc", "abc", "3.14xyz", "-7", "+8", "1e3", "1e", ".5", "5.", "0x1A",
         "0b101", "012", "  -3.5e2foo", "\n12\n", "1_000", "--5", "", " ", "0 but true", "1,234");
for my $s (@s) { my $v = $s + 0; (my $show = $s) =~ s/\n/\\n/g; print "[$show] => $v\n"; }
print "10" + "20", "\n";
print "3 apples" * "4 pears", "\n";
print "1e2" == 100 ? "eq\n" : "ne\n";
print "abc" == 0 ? "zero\n" : "nonzero\n";
