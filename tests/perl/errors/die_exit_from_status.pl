$! = 0; $? = 3 << 8;
die "exit status from \$?\n";
