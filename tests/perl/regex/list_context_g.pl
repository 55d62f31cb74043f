my $csv = "name=ann,age=30,city=paris";
my %h = $csv =~ /(\w+)=(\w+)/g;
print join(";", map { "$_:$h{$_}" } sort keys %h), "\n";
my @nums = "a1b22c333" =~ /\d+/g; print "@nums\n";
my @pairs = "a1b2" =~ /([a-z])(\d)/g; print scalar(@pairs), "\n";
my ($first) = "x9y8" =~ /(\d)/g; print "$first\n";
