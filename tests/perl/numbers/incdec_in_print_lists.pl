# print's arguments are aliases: variables show their value after the whole list ran.
my $i = 5;
print $i++, " ", $i, " ", ++$i, " ", $i--, " ", --$i, "\n";
my $j = 1; print $j, " ", $j++, " ", $j, "\n";
my @a = (1, 2); print $a[0], " ", ++$a[0], " ", $a[1]--, " ", $a[1], "\n";
our $g = 10; print --$g, " ", $g, " ", $g++, "\n";
my $k = 0; printf "%d %d %d\n", $k, ++$k, $k++;
my $h = { n => 1 }; print ++$h->{n}, " ", $h->{n}++, "\n";
