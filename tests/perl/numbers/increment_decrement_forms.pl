my $i = 5;
print $i++, " ", $i, " ", ++$i, " ", $i--, " ", --$i, "\n";
my @a = (1, 2); $a[0]++; ++$a[1]; print "@a\n";
my %h; $h{x}++; $h{x}++; $h{y}--; print "$h{x} $h{y}\n";
my $f = 0.5; $f++; print "$f\n";
my $s = "9"; $s++; print "$s\n";
my $z = "Zz"; $z++; print "$z\n";
