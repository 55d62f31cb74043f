no warnings;
print "num match\n" if 12345 =~ /^\d+$/;
print "float str: $1\n" if 3.5 =~ /(\.\d)/;
my $u; print "undef matches empty\n" if $u =~ /^$/;
print "sci: ", (1e21 =~ /e\+/ ? "has e+" : "no"), "\n";
