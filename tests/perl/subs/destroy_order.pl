package Tracker;
my @log;
sub new { my ($c, $n) = @_; push @log, "new $n"; bless { n => $n }, $c }
sub DESTROY { my $s = shift; print "DESTROY $s->{n}\n" }
package main;
{ my $a = Tracker->new("a"); print "in scope\n"; }
print "after scope\n";
my $b = Tracker->new("b");
undef $b;
print "after undef\n";
my $c = Tracker->new("c"); $c = Tracker->new("d");
print "after reassign\n";
{ my @list = map { Tracker->new("l$_") } 1..2; }
print "after list\n";
my $keep = Tracker->new("global");
END { print "END block\n" }
