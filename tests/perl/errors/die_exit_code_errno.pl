$! = 5;
die "with errno\n";
