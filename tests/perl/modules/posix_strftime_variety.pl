use POSIX qw(strftime);
my @t = gmtime(1700000000);
for my $f ('%Y-%m-%d', '%H:%M:%S', '%a %A %b %B', '%d/%m/%y', '%j %U %W', '%e|%k|%l', '%I %p', '%%literal', '%C %g %G %u %V') {
    print "$f => ", strftime($f, @t), "\n";
}
print strftime("%Y-%m-%d", 0, 0, 0, 31, 1, 124), "\n";
