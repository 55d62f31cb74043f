my $re = qr/(\d+)/;
print "$re\n";
my $ri = qr/abc/i; print "$ri\n";
my $rx = qr/a b/x; print "$rx\n";
my $rms = qr/^x.y$/ms; print "$rms\n";
print "match via qr: $1\n" if "abc 42" =~ $re;
my $combined = qr/^$ri-$re$/; print "combined ok: $1\n" if "ABC-7" =~ $combined;
my @res = (qr/cat/, qr/dog/); for my $w (qw(cat bird dog)) { print "$w: ", (grep { $w =~ $_ } @res) ? "yes" : "no", "\n" }
print ref($re), "\n";
my $str = "x" . qr/y/; print "$str\n";
