my @ips = qw(10.0.0.2 192.168.1.1 10.0.0.10 9.255.0.1);
print join(" ", sort { pack("C4", split /\./, $a) cmp pack("C4", split /\./, $b) } @ips), "\n";
my @dates = qw(2023-05-01 2021-12-31 2023-01-15 2022-06-30);
print join(" ", sort @dates), "\n";
my @mixed = qw(a10 a2 b1 a1 b10 b2);
print join(" ", sort { my ($x, $n) = $a =~ /(\D+)(\d+)/; my ($y, $m) = $b =~ /(\D+)(\d+)/; $x cmp $y or $n <=> $m } @mixed), "\n";
my %pri = (high => 0, medium => 1, low => 2);
print join(" ", sort { $pri{$a} <=> $pri{$b} } qw(low high medium low high)), "\n";
