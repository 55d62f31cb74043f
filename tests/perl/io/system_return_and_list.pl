my $r = system("sh", "-c", "echo list form; exit 0"); print "r=$r\n";
$r = system("sh -c 'exit 7'"); print "exit code: ", $? >> 8, " raw: $?\n";
$r = system('kill -TERM $$'); print "signal: ", $? & 127, "\n";
my @out = `printf 'x\\ny\\nz\\n'`; chomp @out; print "@out\n";
my $n = () = `seq 1 5`; print "$n lines from seq\n";
