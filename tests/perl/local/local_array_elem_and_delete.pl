our @stack = qw(a b c);
{ local $stack[5] = "far"; print scalar(@stack), "\n"; }
print scalar(@stack), "\n";
our %h = (k => 1);
{ delete local $h{k}; print exists $h{k} ? "exists\n" : "deleted locally\n"; }
print "restored: $h{k}\n";
