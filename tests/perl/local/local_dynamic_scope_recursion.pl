our $indent = 0;
sub tree { my ($n) = @_; print "  " x $indent, "node $n\n"; return if $n >= 3; local $indent = $indent + 1; tree($n + 1) for 1..2 }
tree(1);
print "indent back to $indent\n";
