use utf8;
binmode STDOUT, ':utf8';
my $s = "héllo wörld";
print length($s), "\n";
print uc($s), "\n";
print substr($s, 1, 4), "\n";
print scalar reverse($s), "\n";
print index($s, "ö"), "\n";
no utf8;
