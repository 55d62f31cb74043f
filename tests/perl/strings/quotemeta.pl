print quotemeta("a.b*c"), "\n";
print quotemeta("hello world!"), "\n";
print quotemeta("abc_123"), "\n";
print quotemeta(""), "|\n";
my $re = quotemeta("1+1=2");
print "1+1=2 is here" =~ /$re/ ? "found\n" : "missing\n";
print "x\Q.*\Ey\n";
my $lit = "(a)";
print "a(a)" =~ /\Q$lit\E/ ? "lit ok\n" : "lit fail\n";
