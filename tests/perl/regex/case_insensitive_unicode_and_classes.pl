print "ok1\n" if "HELLO" =~ /hello/i;
print "ok2\n" if "Straße" =~ /STRASSE/i;
print "ok3\n" if "ABC" =~ /^[a-c]+$/i;
print "ok4\n" unless "ABC" =~ /^[a-c]+$/;
print "ok5\n" if "x" =~ /[[:alpha:]]/ && "5" =~ /[[:alnum:]]/ && " " =~ /[[:space:]]/;
print "ok6\n" if "_" =~ /\w/ && "-" !~ /\w/;
