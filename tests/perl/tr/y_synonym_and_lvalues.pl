my @a = ("abc", "def");
tr/a-z/A-Z/ for @a; print "@a\n";
my %h = (k => "xyz"); $h{k} =~ y/x-z/X-Z/; print "$h{k}\n";
my $ref = \(my $v = "aaa"); $$ref =~ tr/a/b/; print "$v\n";
