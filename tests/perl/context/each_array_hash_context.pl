my @a = qw(p q r);
my $i = 0;
while (my ($idx, $val) = each @a) { print "$idx:$val "; last if ++$i > 5 }
print "\n";
my %h = (one => 1);
my ($k, $v) = each %h; print "$k=$v\n";
my $only_key = each %h; print defined $only_key ? "$only_key\n" : "iterator exhausted\n";
keys %h; my $again = each %h; print "after reset: $again\n";
