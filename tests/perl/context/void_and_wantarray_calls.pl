sub ctx { my $w = wantarray; print defined $w ? ($w ? "list\n" : "scalar\n") : "void\n"; return }
ctx();
my $s = ctx();
my @l = ctx();
print "x" . ctx(), "\n";
my @m = (ctx(), ctx());
my %h = (a => ctx());
foreach (ctx()) { }
if (ctx()) { }
my $r = [ctx()];
return_test();
sub return_test { return ctx() }
