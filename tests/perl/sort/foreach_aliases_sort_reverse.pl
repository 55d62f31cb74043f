# foreach and sub arguments alias the elements sort and reverse return; assignment copies.
my @a = (1, 2, 3); $_ *= 10 for reverse @a; print "@a\n";
my @b = (3, 1, 2, 1); $_ .= "x" for sort { $a <=> $b } @b; print "@b\n";
my @c = ("b", "a", "b"); my $i = 0; $_ .= $i++ for sort @c; print "@c\n";
sub bump { $_++ for @_ } my @d = (5, 4); bump(sort { $a <=> $b } @d); print "@d\n";
my @e = (3, 1, 2); my @s = sort { $a <=> $b } @e; $s[0] = 0; print "@e | @s\n";
my @r = map { $_ * 2 } reverse sort { $b <=> $a } @e; print "@r | @e\n";
my %h = (x => 1, y => 2); $_ += 100 for sort { $a <=> $b } values %h; print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
print scalar(reverse("abc")), " ", join("", reverse(1 .. 4)), "\n";
