my $line = "user=alice id=42";
my ($user) = $line =~ /user=(\w+)/;
my $matched = $line =~ /user=(\w+)/;
print "$user $matched\n";
my ($id) = $line =~ /id=(\d+)/ or die; print "$id\n";
my ($missing) = $line =~ /gid=(\d+)/; print defined $missing ? "def\n" : "undef\n";
if ((my @parts = $line =~ /(\w+)=(\w+)/g) > 2) { print "parts: @parts\n" }
