print eof(STDIN) ? "stdin at eof\n" : "stdin has data\n";
my $l = <STDIN>; print defined $l ? "got line\n" : "undef at eof\n";
my @rest = <STDIN>; print scalar(@rest), " more lines\n";
