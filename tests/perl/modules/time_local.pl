use Time::Local qw(timegm timelocal);
my $t = timegm(0, 0, 0, 1, 0, 2000); print "$t\n";
print timegm(59, 59, 23, 31, 11, 1999), "\n";
my @back = gmtime($t); print join(",", @back[0..5]), "\n";
print timegm(0, 0, 12, 29, 1, 2024) - timegm(0, 0, 12, 28, 1, 2024), "\n";
print timelocal(0, 0, 0, 1, 0, 2000), "\n";
my $days = (timegm(0,0,0,1,0,2025) - timegm(0,0,0,1,0,2024)) / 86400; print "days in 2024: $days\n";
