use strict; use warnings;
sub pair { my $v = shift; return (sub { $v }, sub { $v = shift }) }
my ($get1, $set1) = pair(1);
my ($get2, $set2) = pair(2);
$set1->(10);
print $get1->(), " ", $get2->(), "\n";
$set2->($get1->() + 5);
print $get2->(), "\n";
