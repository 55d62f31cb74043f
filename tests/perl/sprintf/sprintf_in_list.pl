my @parts = map { sprintf "%02d", $_ } 1..5;
print "@parts\n";
my @fmt = ("%s-%s", "a", "b");
my $r = sprintf $fmt[0], @fmt[1, 2]; print "$r\n";
my $t = sprintf('%s', "x", "y"); print "$t\n";
my $hex = join "", map { sprintf "%02x", ord } split //, "Hi!"; print "$hex\n";
my $time = sprintf "%02d:%02d:%02d", (gmtime(3661))[2, 1, 0]; print "$time\n";
