my $bytes = "caf\xc3\xa9";
print uc($bytes) eq "CAF\xc3\xa9" ? "bytes: ascii only uppercased\n" : "other\n";
my $chars = "caf\x{e9}";
utf8::upgrade($chars);
print length(uc $chars), "\n";
binmode STDOUT, ':utf8';
print uc($chars), "\n";
print ucfirst("\x{e9}cole"), "\n";
