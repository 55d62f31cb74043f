print "hello\n";
sub broken {
    if (1) {
        print "x\n";
}
