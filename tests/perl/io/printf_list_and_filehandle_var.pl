my $out = \*STDOUT;
printf $out "%s-%s\n", "a", "b";
my @args = ("%d+%d=%d\n", 2, 3, 5);
printf @args;
printf STDOUT @args;
my $fmt = "[%5.2f]\n"; printf $fmt, 3.14159;
