my @a = (4, 5, 6);
my $x = (sort @a)[0]; print "$x\n";
my $y = () = (sort @a); print "$y\n";
my $z = @{[ reverse @a ]}; print "$z\n";
my ($m) = grep { $_ > 4 } @a; print "$m\n";
my $g = grep { $_ > 4 } @a; print "$g\n";
my $u = my @uniq = do { my %s; grep { !$s{$_}++ } (@a, @a) }; print "$u\n";
