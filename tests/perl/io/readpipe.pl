# readpipe is qx// of a computed command (scalar, list, and $_ by default).
my $cmd = "echo hello; echo world";
my $out = readpipe($cmd);
print "scalar: $out";
my @lines = readpipe("printf 'a\\nb\\nc\\n'");
print "lines: ", scalar(@lines), " last=$lines[-1]";
$_ = "echo from-underscore";
print readpipe;
