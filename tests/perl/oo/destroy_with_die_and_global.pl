package Guard; sub new { my ($c, $cb) = @_; bless { cb => $cb }, $c } sub DESTROY { $_[0]{cb}->() }
package main;
eval { my $g = Guard->new(sub { print "guard released\n" }); die "oops\n" };
print "caught: $@";
{ my $g = Guard->new(sub { print "scope guard\n" }); print "in scope\n"; }
print "done\n";
