my $s = "Hello, World! 123";
my $letters = ($s =~ tr/a-zA-Z//);
my $digits = ($s =~ tr/0-9//);
my $other = length($s) - $letters - $digits;
print "$letters $digits $other\n";
(my $u = $s) =~ tr/a-zA-Z//cd; print "$u\n";
(my $p = $s) =~ tr/a-zA-Z0-9/*/c; print "$p\n";
my @l = map { ($_ =~ tr/l//) } qw(hello world lull); print "@l\n";
