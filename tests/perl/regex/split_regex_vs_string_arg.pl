my $s = "a1b22c333d";
print join("|", split /\d+/, $s), "\n";
print join("|", split /(\d+)/, $s), "\n";
my $re = qr/\d+/; print join("|", split $re, $s), "\n";
print join("|", split "1", "x1y1z"), "\n";
