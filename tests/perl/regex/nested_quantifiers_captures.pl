if ("aaa bbb ccc" =~ /^((\w+)\s*)+$/) { print "last iteration: [$1] [$2]\n" }
my @pairs = "k1=v1;k2=v2;k3=v3" =~ /(\w+)=(\w+)/g; print scalar(@pairs), "\n";
if ("2024-01-02T03:04:05" =~ /^(\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)$/) { print join("|", $1, $2, $3, $4, $5, $6), "\n" }
if ("abcabc" =~ /(abc){2}/) { print "repeated group: $1\n" }
