# \substr(...) is an LVALUE reference: stores through it edit the string.
my $s = "Hello, World";
my $r = \substr($s, 0, 5);
print ref($r), " [$$r]\n";
$$r = "Howdy"; print "$s\n";
$$r = "Hi"; print "$s | $$r\n";
$$r = "Hey there"; print "$s\n";
my $t = "abcdef"; my $e = \substr($t, -2); $$e = "XYZ"; print "$t\n";
my $u = "0123456789"; my $m = \substr($u, 2, -5); print "$$m\n"; $$m = ""; print "$u\n";
print ref(\substr("const", 1)), "\n";
