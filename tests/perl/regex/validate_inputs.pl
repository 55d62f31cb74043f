my %tests = (email => qr/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, ipv4 => qr/^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/, hex => qr/^#?[0-9a-fA-F]{6}$/, date => qr/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
my @inputs = qw(a@b.com bad@ 192.168.0.1 256.1.1.1 #ff00AA 12345 2024-02-30 2024-13-01);
for my $in (@inputs) { print "$in: ", join(",", grep { $in =~ $tests{$_} } sort keys %tests) || "none", "\n" }
