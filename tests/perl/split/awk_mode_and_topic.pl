$_ = " one  two\tthree\nfour ";
my @w = split; print scalar(@w), ": @w\n";
my @x = split ' '; print "@x\n";
my $sep = ' '; my @y = split $sep, " p  q "; print scalar(@y), "\n";
my @z = split /\s+/, " p  q "; print scalar(@z), "\n";
