$_ = "outer";
sub uses_topic { print "topic: $_\n" }
for (qw(a b)) { uses_topic() }
uses_topic();
{ local $_ = "localized"; uses_topic(); }
uses_topic();
sub safe_modify { local $_ = shift; s/x/y/g; return $_ } print safe_modify("xxx"), " $_\n";
