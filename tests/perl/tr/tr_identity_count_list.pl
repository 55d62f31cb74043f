my @words = qw(banana apple cherry);
for (@words) { my $n = tr/a//; print "$_: $n\n" }
my $total = 0; $total += tr/aeiou// for @words; print "vowels: $total\n";
