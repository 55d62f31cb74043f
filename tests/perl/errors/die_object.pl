package MyErr; use overload q("") => sub { "MyErr: $_[0]{msg}\n" }, fallback => 1; sub new { my ($c, %a) = @_; bless {%a}, $c } sub msg { $_[0]{msg} } sub throw { my $c = shift; die $c->new(@_) }
package main;
eval { MyErr->throw(msg => "custom") };
if (ref $@ && $@->isa('MyErr')) { print "caught MyErr: ", $@->msg, "\n" }
MyErr->throw(msg => "uncaught");
