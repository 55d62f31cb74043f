my $t = "first\nsecond\nthird\n";
my @starts = $t =~ /^(\w)/mg; print "@starts\n";
my @ends = $t =~ /(\w)$/mg; print "@ends\n";
my $count = () = $t =~ /\n/g; print "$count newlines\n";
print "last line: $1\n" if $t =~ /(\w+)\n\z/;
(my $indented = $t) =~ s/^/  /mg; print $indented;
