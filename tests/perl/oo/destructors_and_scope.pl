package Res; my $open = 0;
sub new { my ($c, $n) = @_; $open++; print "open $n\n"; bless { n => $n }, $c }
sub DESTROY { $open--; print "close $_[0]{n}\n" }
sub count { $open }
package main;
{ my $r1 = Res->new("one"); { my $r2 = Res->new("two"); } print "inner done, open=", Res::count(), "\n"; }
print "outer done, open=", Res::count(), "\n";
my $h = { res => Res->new("three") }; delete $h->{res}; print "deleted, open=", Res::count(), "\n";
