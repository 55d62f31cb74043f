my @f = split /\s*[,;]\s*/, "a , b;c ;d";
print join("|", @f), "\n";
my @w = split /(,)/, "a,b,c"; print join("|", @w), "\n";
my @c = split //, "abc"; print join("|", @c), "\n";
my ($k, $v) = split /=/, "key=value=more", 2; print "$k | $v\n";
