use strict; use warnings;
use Scalar::Util qw(weaken isweak);
my $parent = { name => "p" };
my $child = { name => "c", parent => $parent };
$parent->{child} = $child;
weaken($child->{parent});
print isweak($child->{parent}) ? "weak\n" : "strong\n";
print $child->{parent}{name}, "\n";
my $w;
{ my $tmp = { v => 1 }; $w = $tmp; weaken($w); print defined $w ? "alive\n" : "gone\n"; }
print defined $w ? "alive\n" : "gone\n";
