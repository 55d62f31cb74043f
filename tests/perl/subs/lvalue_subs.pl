# :lvalue subs: assignment, op-assign, ++, s///, tr, substr, if/else bodies, lvalue methods.
use strict; use warnings;
my %h; my @a = (1,2,3); my $s = "hello world";
sub elem :lvalue { $h{$_[0]} }
elem("x") = 5; elem("y") = 6; elem("x") += 10;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
sub at :lvalue { my $i = shift; $a[$i] }
at(1) = "two"; at(5) = "six"; print join(",", map { $_ // 'u' } @a), "\n";
sub str :lvalue { $s }
str() =~ s/world/there/; print "$s\n";
str() =~ tr/a-z/A-Z/; print "$s\n";
str() .= "!"; print "$s\n";
sub first :lvalue { substr($s, 0, 5) }
first() = "howdy"; print "$s\n";
my $which = 0; my ($p, $q) = (1, 2);
sub pick :lvalue { if ($which) { $q } else { $p } }
pick() = 10; $which = 1; pick() = 20; print "$p $q\n";
package Counter;
sub new { bless { count => 0 }, shift }
sub count :lvalue { $_[0]{count} }
package main;
my $c = Counter->new; $c->count = 5; $c->count++; $c->count += 3;
print $c->count, "\n";
print "rvalue: ", str(), " ", elem("y"), "\n";
my @r = (elem("x"), at(0)); print "@r\n";
