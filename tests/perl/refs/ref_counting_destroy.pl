package Obj; sub new { my ($c, $n) = @_; bless { n => $n }, $c } sub DESTROY { print "destroy $_[0]{n}\n" }
package main;
my $a = Obj->new(1);
my $b = $a;
undef $a; print "after undef a\n";
undef $b; print "after undef b\n";
my @list = (Obj->new(2), Obj->new(3));
shift @list; print "after shift\n";
@list = (); print "after clear\n";
my %h = (x => Obj->new(4)); %h = (); print "after hash clear\n";
