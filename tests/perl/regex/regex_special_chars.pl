print "dot\n" if "a.b" =~ /a\.b/;
print "literal dollar\n" if 'cost $5' =~ /\$5/;
print "caret in class\n" if "^" =~ /[\^]/;
print "bracket\n" if "[x]" =~ /\[x\]/;
print "slash\n" if "a/b" =~ m{a/b};
print "pipe\n" if "a|b" =~ /a\|b/;
print "braces\n" if "a{2}" =~ /a\{2\}/;
my $var = "a+b"; print "interp meta: ", ("aab" =~ /$var/ ? "matched" : "no"), "\n";
print "quoted: ", ("a+b" =~ /\Q$var\E/ ? "matched" : "no"), "\n";
