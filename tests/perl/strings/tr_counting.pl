my $dna = "AGCTTAGCTA";
my $a = ($dna =~ tr/A//);
my $gc = ($dna =~ tr/GC//);
print "A=$a GC=$gc\n";
(my $comp = reverse $dna) =~ tr/ACGT/TGCA/;
print "$comp\n";
