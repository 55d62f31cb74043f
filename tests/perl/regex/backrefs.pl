print "doubled: $1\n" if "this is is a test" =~ /\b(\w+) \1\b/;
(my $s = "aabbccdd") =~ s/(\w)\1/$1/g; print "$s\n";
print "palindrome-ish\n" if "abba" =~ /^(.)(.)\2\1$/;
print "g1 style: $1\n" if "xyxy" =~ /(xy)\g1/;
print "relative: $1\n" if "abab" =~ /(ab)\g{-1}/;
my @tags = "<b>bold</b><i>it</i>" =~ m{<(\w+)>(.*?)</\1>}g; print "@tags\n";
