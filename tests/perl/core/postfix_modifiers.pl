my @out;
push @out, $_ for 1..3;
push @out, "if" if 1;
push @out, "unless" unless 0;
my $i = 0; $i++ while $i < 5; push @out, $i;
my $j = 10; $j-- until $j <= 7; push @out, $j;
do { push @out, "do-while" } while (0);
print "@out\n";
print "$_ " foreach reverse 1..3; print "\n";
