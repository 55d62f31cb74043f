my $x = ;
1;
