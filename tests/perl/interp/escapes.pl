print "tab[\t] nl-escaped[\\n] quote[\"] dollar[\$] at[\@] backslash[\\]\n";
print "hex \x41\x{42} oct \103 ctrl-A[", ord("\cA"), "] esc[", ord("\e"), "] bell[", ord("\a"), "]\n";
print "named: \N{U+263A}" eq "named: \x{263A}" ? "N{U+} ok\n" : "no\n";
print "case: \Uup\E \LDOWN\E \uone \lTWO \Qa.b\E\n";
print 'single: \t \n $x @y \\ \'', "\n";
print "null len: ", length("\0"), "\n";
print "octal 3 digits: \0101\n";
