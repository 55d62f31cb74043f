my $line = "root:x:0:0:root:/root:/bin/bash";
my @f = split /:/, $line; print scalar(@f), " $f[0] $f[-1]\n";
my ($user, $rest) = split /:/, $line, 2; print "$user | $rest\n";
my ($a, $b, $c) = split /:/, $line; print "$a $b $c\n";
my @neg = split /:/, "a:b:::", -1; print scalar(@neg), "\n";
my $count = () = split /:/, $line; print "$count\n";
my $scalar = split /:/, "x:y:z"; print "$scalar\n";
