my $dna = "GATTACA";
my $at = ($dna =~ tr/AT//); print "AT: $at\n";
my $rc = reverse($dna) =~ tr/ACGT/TGCA/r; print "revcomp: $rc\n";
print "original: $dna\n";
my @up = map { tr/a-z/A-Z/r } qw(x y z); print "@up\n";
$_ = "topic"; my $n = tr/o/0/; print "$_ $n\n";
my $str = "a-b_c d"; (my $t = $str) =~ y/-_ /.../; print "$t\n";
