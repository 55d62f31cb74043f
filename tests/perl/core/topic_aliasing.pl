use strict; use warnings;
my @a = (1, 2, 3);
$_ *= 2 for @a;
print "@a\n";
for my $x (@a) { $x += 1 }
print "@a\n";
my @b = map { $_ * 10 } @a;
print "@b\n";
s/0/o/ for @b;
print "@b\n";
my @words = ("apple", "banana");
for (@words) { $_ = ucfirst }
print "@words\n";
my ($p, $q) = (1, 2);
for ($p, $q) { $_ = $_ * 100 }
print "$p $q\n";
my @c = grep { $_++ ; 1 } my @d = (5, 6);
print "@d\n";
sub mod { $_[0] = "modified" }
my $v = "orig"; mod($v); print "$v\n";
