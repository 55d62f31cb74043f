sub three { return ('a', 'b', 'c') }
sub arr3 { my @x = ('a', 'b', 'c'); return @x }
my $s = three(); my $t = arr3();
print "$s $t\n";
my ($u) = three(); print "$u\n";
my $n = () = three(); print "$n\n";
my @l = (three())[0, 2]; print "@l\n";
my $h = { map { $_ => 1 } three() }; print join(",", sort keys %$h), "\n";
