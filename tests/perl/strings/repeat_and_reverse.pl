print "ab" x 3, "\n";
my @l = (0) x 5; print "@l\n";
print scalar reverse("abc", "def"), "\n";
print join(",", reverse(1..5)), "\n";
my $s = "racecar"; print $s eq reverse($s) ? "palindrome\n" : "no\n";
my %h = (a => 1, b => 2); my %r = reverse %h; print join(",", map { "$_=$r{$_}" } sort keys %r), "\n";
$_ = "topic"; print scalar(reverse), "\n";
