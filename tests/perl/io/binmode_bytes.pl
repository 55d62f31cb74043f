binmode STDOUT;
print "bytes: \x{e9}\n";
my $s = "\x{263A}";
binmode STDOUT, ':encoding(UTF-8)';
print "smile: $s\n";
binmode STDOUT, ':raw';
print "raw \xff\n";
