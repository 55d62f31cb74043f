use strict; use warnings;
my @a = (1, 2, 3); my %h = (k => 'v'); my $s = "str";
my ($ar, $hr, $sr) = (\@a, \%h, \$s);
print "${$sr} $$sr @{$ar} @$ar ${$ar}[0] $$ar[1] $ar->[2] ${$hr}{k} $$hr{k} $hr->{k}\n";
print "postfix: ", join(",", $ar->@*), " ", join(",", $hr->%*), " ", $sr->$*, "\n";
my $code = sub { "called(@_)" };
print $code->(1, 2), " ", &$code(3), " ", &{$code}(4), "\n";
my $rr = \$ar; print "$$rr->[0] ${$$rr}[1]\n";
my @aoh = ({ n => 1 }, { n => 2 }); print join(",", map { $_->{n} } @aoh), "\n";
