my $text = "Line one\nline two\nLINE three";
my @m = $text =~ /^line (\w+)$/gim; print "@m\n";
my @n = $text =~ /^line (\w+)$/gm; print "@n\n";
print "dot-all\n" if "a\nb" =~ /a.b/s;
print "no dot-all\n" unless "a\nb" =~ /a.b/;
my $re = qr/
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
/x;
print "x: $1 $2\n" if "call 555-1234 now" =~ $re;
print "xx ok\n" if "ab" =~ /[a b]{2}/xx;
my @w = ("foo bar" =~ / (\w+) \s (\w+) /x); print "@w\n";
