my $s = "line1
line2";
print "$s\n";
print 'single $s\n', "\n";
print "tab\there\n";
print "esc: \\ \" \$ \@\n";
print "oct: \101 hex: \x41 \x{263A}" =~ /\x{263A}/ ? "wide\n" : "narrow\n";
print "ctrl: ", ord("\cA"), " ", ord("\e"), " ", ord("\0"), "\n";
print "case: \Uupper\E \LLOWER\E \uone \lTWO\n";
print q{braces {nested}}, "\n";
print qq[brackets $s], "\n";
my @w = qw(a b
  c d);
print scalar(@w), "\n";
