use strict; use warnings;
my %h;
@h{1..5} = ('a'..'e');
my @ks = sort { $a <=> $b } keys %h; print "@ks\n";
my @big = grep { $_ > 2 } keys %h; print scalar(@big), "\n";
my %f = map { $_ => $h{$_} } grep { $_ % 2 } keys %h; print join(",", map { "$_$f{$_}" } sort keys %f), "\n";
while (my ($k, $v) = each %h) { delete $h{$k} if $k > 3 }
print join(",", sort keys %h), "\n";
print "undef key: ", (exists $h{""} ? "y" : "n"), "\n";
{ no warnings; $h{+undef} = "u"; } print exists $h{""} ? "empty key set\n" : "no\n";
