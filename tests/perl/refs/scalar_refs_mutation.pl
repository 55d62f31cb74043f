use strict; use warnings;
sub inc_ref { my $r = shift; $$r++ }
my $n = 5; inc_ref(\$n); inc_ref(\$n); print "$n\n";
my @a = (1, 2); my $r = \$a[1]; $$r = "two"; print "@a\n";
my %h = (k => 1); my $hr = \$h{k}; $$hr .= "!"; print "$h{k}\n";
my $cr = \"constant"; print "$$cr\n";
my @refs = \(my $x, my $y); ${ $refs[0] } = "X"; ${ $refs[1] } = "Y"; print "$x$y\n";
my @list = \(@a); print scalar(@list), "\n";
