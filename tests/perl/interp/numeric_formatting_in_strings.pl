my $x = 0.1 + 0.2; my $big = 1e21; my $i = 10 / 2; my $neg = -0.0;
print "x=$x big=$big i=$i neg=$neg\n";
my $f = 1/3; print "third=$f\n";
my @n = (1.0, 2.50, 3e2); print "list=@n\n";
print "int: ${\ int(7.9)}\n";
