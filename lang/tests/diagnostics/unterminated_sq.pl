my $x = 'abc;
