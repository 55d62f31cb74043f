use strict; use warnings;
my @a = (1..5);
delete $a[4]; print scalar(@a), "\n";
delete $a[1]; print scalar(@a), " ", defined $a[1] ? "def" : "undef", "\n";
print exists $a[1] ? "exists\n" : "not exists\n";
$a[7] = 8; print scalar(@a), " ", exists $a[6] ? "6 exists" : "6 missing", "\n";
