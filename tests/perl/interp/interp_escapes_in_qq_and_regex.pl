my $d = '$';
print "literal: \$x, \@y, \\, $d\n";
my $re = "a\\.b";
print "a.b" =~ /^$re$/ ? "escaped dot ok\n" : "no\n";
print "axb" =~ /^$re$/ ? "wrong\n" : "dot not wildcard\n";
my $tab = "\t"; print "tab [${tab}]\n" =~ s/\t/<TAB>/r;
print "unicode: \x{41}\x{42}\N{U+43}\n";
