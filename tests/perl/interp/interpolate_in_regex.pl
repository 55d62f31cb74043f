my $word = "cat"; my @alts = qw(dog bird);
print "match var\n" if "concatenate" =~ /$word/;
print "match array\n" if "dog bird" =~ /@alts/;
my $re = "c.t"; print "meta interp: ", ("cut" =~ /$re/ ? "y" : "n"), ("c.t" =~ /\Q$re\E/ ? "y" : "n"), "\n";
my %h = (k => "b+"); print "hash in re: ", ("abbb" =~ /a$h{k}$/ ? "y" : "n"), "\n";
my $n = 3; print "quant: ", ("aaa" =~ /^a{$n}$/ ? "y" : "n"), "\n";
